/// The help texts: each command's `--help` teaches its use with examples.
enum Help {
    static let version = "0.1.0"

    static let general = """
        greffier — reads French Bulletin officiel texts (conventions de délégation de gestion,
        avenants, instructions) and prints one checked JSON record per text.

        Usage: greffier COMMAND [OPTIONS] [PATH...]

        Commands:
          extract PATH...   one JSON record per input, one per line (JSON Lines)
          check PATH...     one line per finding, path:line:column: severity: message [code]
          compare DIR JSONL precision, recall and F1 per field family against golden records
          explain CODE      what a finding code means, why it matters, how to fix the source
          show FILE...      a short human summary of each record (title, parties, dates, codes, tables)
          tokens FILE       the tokenizer's view of FILE, with byte spans (debugging)
          schema            the JSON Schema of the records
          findings          the catalogue of finding codes, with severities
          help [COMMAND]    this text, or a command's

        Examples:
          greffier extract corpus/texts > records.jsonl
          greffier extract --fail-on error convention.txt
          cat texte.txt | greffier extract -
          greffier extract --format csv --output actes.csv corpus/texts

        Exit status: 0 every input read; 1 a finding at or above --fail-on; 2 usage error;
        3 at least one input could not be read (the others are still processed).

        """

    static let show = """
        Usage: greffier show FILE...

        Prints a short summary of each record for reading: title, kind, date, NOR, parties with
        their roles and representatives, signature, period, programmes, Chorus codes, legal
        references, budget tables as aligned text tables, and findings. FILE may be a
        directory (searched for *.txt) or - for standard input. Exit status as for extract.

        Example:
          greffier show corpus/texts/000_66948a5937086540.txt

        """

    static let check = """
        Usage: greffier check PATH...

        Reads each PATH like extract, then prints one line per finding in the form editors and
        CI understand, followed by a summary line:

          corpus/texts/x.txt:212:1: error: la somme de la colonne « CP » vaut … [table.column-total-mismatch]
          13 documents, 0 errors, 5 warnings, 3 infos

        Exit status: 0 no error found; 1 at least one error finding; 2 usage error;
        3 an input could not be read.

        """

    static let compare = """
        Usage: greffier compare [--min-f1 X] EXPECTED_DIR RECORDS.jsonl

        Scores records (from `greffier extract`, or - for standard input) against golden
        records in EXPECTED_DIR (<name>.json for an input named <name>.txt): precision, recall
        and F1 per field family (nor, dates, parties, chorus, legalReferences, programmes,
        budget) and overall, then each difference with its field path:
          003_x: missing chorus[centreDeCouts]=SGSIFAB075
          003_x: unexpected chorus[centreDeCouts]=SGSIFABO75

        Exit status: 0; 1 when the overall F1 or a family's F1 is below --min-f1;
        2 usage error; 3 a record had no golden or could not be read.

        Example:
          greffier extract damaged/ > damaged.jsonl
          greffier compare --min-f1 0.95 corpus/expected damaged.jsonl

        """

    static let explain = """
        Usage: greffier explain CODE

        Prints what a finding code means, why it matters and how to fix the source.
        `greffier findings` lists every code.

        Example:
          greffier explain table.column-total-mismatch

        """

    static let tokens = """
        Usage: greffier tokens FILE

        Prints the tokens of FILE (or - for standard input), one per line:
        START<TAB>END<TAB>KIND<TAB>"TEXT", where START and END are byte offsets of the original
        file and KIND is word, number, punctuation, symbol, tab, lineBreak or blankLine.

        """

    static let schema = """
        Usage: greffier schema

        Prints the JSON Schema (draft 2020-12) that every record of `greffier extract` follows.

        """

    static let findings = """
        Usage: greffier findings

        Prints the catalogue of finding codes: CODE<TAB>SEVERITY<TAB>WHEN IT IS RAISED.

        """

    static func text(for command: String?) -> String {
        switch command {
        case "extract": extract
        case "tokens": tokens
        case "show": show
        case "check": check
        case "explain": explain
        case "compare": compare
        case "schema": schema
        case "findings": findings
        default: general
        }
    }

    /// Prints `text` and returns success when the arguments ask for help.
    static func handle(_ arguments: [String], text: String, output: OutputSink) -> ExitStatus? {
        guard arguments.contains("--help") || arguments.contains("-h") else { return nil }
        output.write(text)
        return .success
    }
}
