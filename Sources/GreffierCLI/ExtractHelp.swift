extension Help {
    static let extract = """
        Usage: greffier extract [OPTIONS] PATH...
               greffier extract [OPTIONS] --files-from LIST [PATH...]

        Reads each PATH and writes one record per input, in input order. PATH may be a file, a
        directory (searched recursively for *.txt, in path order) or - for standard input.
        Every span in a record is a half-open byte range [start, end] of the original file:
        `cut -b START+1-END` on the file shows the source of a value.

        Inputs are read on every core at once; records still come out in input order, and
        memory stays bounded (two groups of documents per job in flight at most) whatever
        the number of inputs. Regular files are read eight at a time by one job (their
        SHA-256 computed together; fewer past 256 KB, a larger file alone), so a record
        comes out once its group and those before it are done; standard input, a pipe or a
        device is read on its own, and the paths of a list read from a pipe one at a time:
        the records before them never wait for them.

        Inputs:
          --files-from LIST   also read the paths listed in LIST, one per line (files or
                              directories; empty lines skipped); - reads the list from
                              standard input, as it comes: find ... | greffier extract --files-from -
          -j, --jobs N        documents read at once (default: the number of cores)
          --max-bytes SIZE    an input larger than SIZE gets an input.too-large error record,
                              unread, and the batch goes on (default 64M; K, M, G are 1024,
                              1024², 1024³ bytes; none: up to the hard limit of 1G)
          --max-seconds-per-document SECONDS
                              a document still being read after SECONDS keeps what was found,
                              with a limits.time-budget warning (default 10; none: no limit)

        Output:
          --format FORMAT     jsonl  one JSON record per line (default)
                              json   one JSON array of records
                              csv    one row per document: path, kind, date, nor, delegant,
                                     delegataire, programme, totalAE, totalCP, errors, warnings,
                                     inputError
                              csv-budget  one row per budget table cell: path, table (its
                                     number in the document), title, row, group, totalRow
                                     (1 for a TOTAL row), column, measure, year, amount
          -o, --output FILE   write to FILE instead of standard output, atomically: the records
                              go to a temporary file in FILE's folder, renamed to FILE once
                              complete. A run that fails or is interrupted leaves FILE as it
                              was. (A FILE that is not a regular file, like /dev/null, is
                              written directly.)
          --pretty            indent the JSON (jsonl: one record still follows another)
          --csv-separator SEP ; (default), , or tab (names: semicolon, comma, tab)
          --csv-decimal MARK  comma or point in amounts (default: comma with ;, point otherwise)

          CSV is RFC 4180 (fields with the separator, a quote or a line break are quoted,
          quotes doubled, CRLF line ends), UTF-8 with a byte order mark. The defaults, ; and a
          decimal comma, are what a spreadsheet with French settings opens directly; amounts
          are exact euros without digit grouping (1068044,02). Several values in one cell (two
          délégataires, two programmes) are joined by " | ". totalAE and totalCP add up the AE
          (or "AE et CP") and CP columns of the document's tables, without total rows.

        Checks and messages:
          --fail-on SEVERITY  exit with status 1 when a finding of SEVERITY or worse is raised
                              (error, warning, info; default none)
          --progress          show progress on standard error even when it is not a terminal
                              (on a terminal it is shown by default): documents done/total,
                              MB/s, time left
          -q, --quiet         no progress and no summary line
          --                  treat every later argument as a path

        A summary line ends every run on standard error: documents, unreadable inputs,
        findings by severity, elapsed time, MB/s and (on Linux) peak memory.

        An input that cannot be read (missing, binary, too large, an empty directory, a file
        gone or unreadable since it was listed) still gets a record,
        with an `error` member; a message goes to standard error and the exit status is 3.

        Exit status: 0 every input read; 1 a finding at or above --fail-on; 2 usage error
        (including an --output that cannot be created); 3 an input or the --files-from list
        could not be read, or the output could not be written (--output FILE then unchanged).

        Examples:
          greffier extract corpus/texts | jq -r '.nor.value'
          greffier extract --fail-on warning a.txt b.txt
          greffier extract --jobs 4 --output records.jsonl /srv/bo/2024
          find /srv/bo -name '*.txt' -newer last-run | greffier extract --files-from - -o new.jsonl
          greffier extract --format csv --output actes.csv corpus/texts
          greffier extract --format csv-budget --csv-separator , --output cellules.csv corpus/texts
          greffier extract --format json --pretty corpus/texts/003_9cd4d8c5901bd0e5.txt

        """
}
