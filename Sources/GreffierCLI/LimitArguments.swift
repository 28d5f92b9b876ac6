import Greffier

/// The values of `--max-bytes` and `--max-seconds-per-document`.
enum LimitArguments {
    /// `64M`, `200M`, `1G`, `512K`, `1048576`, or `none` (only the hard limit of
    /// `ExtractionLimits.hardMaxBytes` then applies). K, M and G are 1024, 1024² and 1024³.
    static func bytes(_ text: String) -> Result<Int?, UsageError> {
        if text == "none" { return .success(nil) }
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text)
        var multiplier = 1
        if let last = digits.last?.uppercased().first, let factor = multipliers[last] {
            multiplier = factor
            digits = digits.dropLast()
        }
        guard let count = Int(digits), count > 0, !digits.hasPrefix("+"),
            case (let value, false) = count.multipliedReportingOverflow(by: multiplier)
        else {
            return .failure(.init("--max-bytes takes a size such as 64M, 500K, 1G or 1048576, or none; not '\(text)'"))
        }
        return .success(value)
    }

    /// `10`, `0.5`, or `none`: seconds for one document before it returns what it has found.
    static func seconds(_ text: String) -> Result<Duration?, UsageError> {
        if text == "none" { return .success(nil) }
        guard let value = Double(text), value.isFinite, value > 0, value <= 1_000_000 else {
            return .failure(.init("--max-seconds-per-document takes a number of seconds above 0 (10, 0.5) or none; not '\(text)'"))
        }
        return .success(.milliseconds(Int64((value * 1000).rounded(.up))))
    }
}
