/// How much a finding matters.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Something a reader of the record should know: a repair made, an inconsistency, an input
/// that could not be read. Its code and severity come from `FindingCode`.
public struct Finding: Sendable, Equatable {
    public let code: FindingCode
    /// Plain French, stating the values involved.
    public let message: String
    public let span: Span?

    public var severity: Severity { code.severity }

    public init(_ code: FindingCode, _ message: String, span: Span?) {
        self.code = code
        self.message = message
        self.span = span
    }
}

/// A value read from damaged text: what the text shows, what was made of it, and by which rule.
public struct Repair: Sendable, Equatable {
    public let span: Span
    public let raw: String
    public let value: String
    public let rule: RepairRule
}

/// The named ways a value may be repaired; each is documented where it is applied.
public enum RepairRule: String, Sendable, CaseIterable {
    /// `NOR A R M E 1 8 5 1 1 1 6 X` → `ARME1851116X`.
    case norLetterSpacing = "nor.letter-spacing"
    /// A letter read for a digit or the reverse where the NOR's shape fixes which belongs.
    case norOCRConfusion = "nor.ocr-confusion"
    /// A letter read for a digit or the reverse where the code's shape fixes which belongs.
    case chorusOCRConfusion = "chorus.ocr-confusion"
    /// A code broken across a line break (`0129-` / `CAHC-DISN`).
    case chorusLineBreak = "chorus.line-break"
    /// A budget table header written with look-alike Cyrillic or Greek letters (`СР`, bytes
    /// `d0a1 d0a0`) read as the Latin word it spells (`CP`).
    case budgetHomoglyph = "budget.homoglyph"
    /// An amount in a table cell whose digit groups a broken column layout split with a stray
    /// space (`27 4 000,00 €`): the cell's digits are read as one number.
    case amountStraySpace = "amount.stray-space"
    /// A date written with OCR damage: a misread month (`aofit`, `aott`) or ordinal (`1¢`, `1 er`).
    case dateOCR = "date.ocr"
    /// A stray character before a date (`Fait le F 24 août 2017`).
    case dateStrayCharacter = "date.stray-character"
}
