import Greffier

/// `--format`: how records are written.
enum RecordFormat: String, Equatable, Sendable, CaseIterable {
    /// One JSON record per line (JSON Lines), the default.
    case jsonl
    /// One JSON array of records.
    case json
    /// One CSV row per document with its main scalar fields.
    case csv
    /// One CSV row per budget table cell.
    case csvBudget = "csv-budget"
}

/// Writes records in one format: what comes before the first, each record's text (made by the
/// workers, in parallel) and what goes between and after them (by the writer, in order).
struct RecordRenderer: Sendable {
    let format: RecordFormat
    let pretty: Bool
    let csv: CSVStyle

    /// Before the first record: the array's bracket, the CSV byte order mark and header.
    var prologue: String {
        switch format {
        case .jsonl: ""
        case .json: "["
        case .csv: CSVStyle.byteOrderMark + csv.row(CSVRows.documentHeader)
        case .csvBudget: CSVStyle.byteOrderMark + csv.row(CSVRows.budgetHeader)
        }
    }

    /// Between two records (only JSON arrays need one).
    var separator: String { format == .json ? "," : "" }

    /// After the last record; `count` is how many records were written.
    func epilogue(count: Int) -> String {
        guard format == .json else { return "" }
        return count == 0 ? "]\n" : "\n]\n"
    }

    /// One record's bytes (UTF-8): the compact JSON is written straight to bytes, which go to
    /// the output buffer as they are, with no `String` in between.
    func render(_ record: DocumentRecord) -> [UInt8] {
        switch format {
        case .jsonl:
            guard pretty else { return record.compactJSON(prefix: "", suffix: "\n") }
            var bytes = Array(record.json.serialized(pretty: true).utf8)
            bytes.append(0x0A)
            return bytes
        case .json:
            // Each element on its own line; pretty elements indented one level inside the array.
            guard pretty else { return record.compactJSON(prefix: "\n", suffix: "") }
            let text = record.json.serialized(pretty: true)
            return Array(("\n  " + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")).utf8)
        case .csv:
            return Array(CSVRows.document(record, style: csv).utf8)
        case .csvBudget:
            return Array(CSVRows.budget(record, style: csv).utf8)
        }
    }
}
