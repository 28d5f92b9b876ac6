/// The catalogue of findings: every code the tool can raise, with its severity and meaning.
/// Codes are stable: tools downstream match on them. README's "Findings" section lists them.
public enum FindingCode: String, Sendable, CaseIterable {
    /// The input file or path does not exist.
    case inputNotFound = "input.not-found"
    /// The input exists but could not be read (permissions, I/O error).
    case inputUnreadable = "input.unreadable"
    /// The input is not text (NUL bytes, a PDF, control characters).
    case inputBinary = "input.binary"
    /// A directory given as input holds no `*.txt` file.
    case inputEmptyDirectory = "input.empty-directory"
    /// The input is larger than the size limit (`--max-bytes`); it was not read.
    case inputTooLarge = "input.too-large"
    /// The input is empty or holds only spaces and line breaks.
    case inputEmpty = "input.empty"
    /// Invalid UTF-8 bytes in a UTF-8 file were read as Windows-1252.
    case encodingWindows1252Bytes = "encoding.windows-1252"
    /// Bytes with no character in the input's encoding were replaced with U+FFFD.
    case encodingReplaced = "encoding.replaced"
    /// The input itself holds U+FFFD: a conversion before greffier lost a character there.
    case encodingLostCharacter = "encoding.lost-character"
    /// The document's time budget ran out: the record holds what was found before.
    case limitsTimeBudget = "limits.time-budget"
    /// A value was repaired from damaged text; one finding per repair, pointing at it.
    case ocrRepaired = "ocr.repaired"
    /// A NOR-labelled value is not a valid NOR and could not be repaired with confidence.
    case norInvalid = "nor.invalid"
    /// A labelled Chorus value does not have its kind's shape.
    case chorusFormat = "chorus.format"
    /// A centre de coûts or service exécutant, kept as written, has an `O` beside a digit.
    case chorusSuspectLetter = "chorus.suspect-letter"
    /// A budget table row lacks a cell and its lone amount was placed in a column on stated
    /// evidence (horizontal position, TOTAL row, or CP reaching AE over the act's life).
    case budgetCellInferred = "budget.cell-inferred"
    /// A budget table row lacks a cell and no evidence decides where its lone amount goes:
    /// the cells are left null.
    case budgetCellAmbiguous = "budget.cell-ambiguous"
    /// The act states different ceilings: `budget.ceiling` is left null.
    case budgetCeilingConflict = "budget.ceiling-conflict"
    /// A date that does not exist (`31 février 2020`) stands where a date is expected.
    case dateInvalid = "date.invalid"
    /// A TOTAL row's cell differs from the sum of its column.
    case tableColumnTotalMismatch = "table.column-total-mismatch"
    /// A `total` column's cell differs from the sum of the row's other amount cells.
    case tableRowTotalMismatch = "table.row-total-mismatch"
    /// Over the act's schedule the CP do not reach the AE, or exceed them.
    case budgetAECPMismatch = "budget.ae-cp-mismatch"
    /// The stated ceiling differs from the schedule's AE or CP total.
    case budgetCeilingMismatch = "budget.ceiling-mismatch"
    /// A code belongs to another programme than the act's.
    case chorusProgrammeMismatch = "chorus.programme-mismatch"
    /// The NOR's year is more than one year away from the act's year.
    case norYearMismatch = "nor.year-mismatch"
    /// The period ends before the act's date or signature, or other dates out of order.
    case dateOrder = "date.order"
    /// The heading's date and the signature date differ.
    case dateSignatureMismatch = "date.signature-mismatch"
    /// A convention without a délégant or without a délégataire.
    case partyMissingRole = "party.missing-role"
    /// An address whose postal code belongs to another département than its city.
    case partyPostalCodeMismatch = "party.postal-code-mismatch"
    /// A person named in the record is spelled differently elsewhere in the text.
    case personNameVariant = "person.name-variant"
    /// A party of the `Entre` block whose role the text does not give (neither in its own words
    /// nor where its acronym is named with a role): its role is `partie`.
    case partyRoleUnknown = "party.role-unknown"

    public var severity: Severity {
        switch self {
        case .inputNotFound, .inputUnreadable, .inputBinary, .inputEmptyDirectory, .inputTooLarge: .error
        case .inputEmpty, .encodingReplaced, .encodingLostCharacter, .limitsTimeBudget: .warning
        case .encodingWindows1252Bytes: .info
        case .norInvalid: .error
        case .tableColumnTotalMismatch, .tableRowTotalMismatch, .budgetCeilingMismatch, .chorusProgrammeMismatch,
            .dateOrder:
            .error
        case .budgetAECPMismatch, .norYearMismatch, .dateSignatureMismatch, .partyMissingRole: .warning
        case .partyPostalCodeMismatch, .personNameVariant: .warning
        case .partyRoleUnknown: .warning
        case .chorusFormat, .chorusSuspectLetter, .dateInvalid: .warning
        case .budgetCellAmbiguous, .budgetCeilingConflict: .warning
        case .budgetCellInferred: .info
        case .ocrRepaired: .info
        }
    }

    /// One line saying when the finding is raised (printed by `greffier findings`).
    public var summary: String {
        switch self {
        case .inputNotFound: "the path given does not exist"
        case .inputUnreadable: "the input exists but could not be read"
        case .inputBinary: "the input is binary (NUL bytes, PDF, control characters), not text"
        case .inputEmptyDirectory: "a directory given as input holds no .txt file"
        case .inputTooLarge: "the input is larger than the size limit (--max-bytes): it was not read"
        case .inputEmpty: "the input is empty or holds only whitespace"
        case .encodingWindows1252Bytes: "bytes of a UTF-8 file that are not UTF-8 were read as Windows-1252"
        case .encodingReplaced: "bytes with no character in the input's encoding were replaced with U+FFFD"
        case .encodingLostCharacter: "the input itself holds U+FFFD: a character was lost before greffier read it"
        case .limitsTimeBudget: "the document ran out of time (--max-seconds-per-document): the record is partial"
        case .ocrRepaired: "a value was repaired from damaged text (one per repair)"
        case .norInvalid: "a NOR-labelled value is not a valid NOR"
        case .chorusFormat: "a labelled Chorus code does not have its kind's shape"
        case .chorusSuspectLetter: "a centre de coûts or service exécutant has an O beside a digit (a misread 0?): kept as written"
        case .budgetCellInferred: "a budget row's lone amount was placed in a column on stated evidence"
        case .budgetCellAmbiguous: "a budget row's lone amount could not be placed: its cells are left null"
        case .budgetCeilingConflict: "the act states different ceilings: the ceiling is left null"
        case .dateInvalid: "a date that does not exist (31 février) was not retained"
        case .tableColumnTotalMismatch: "a TOTAL row's cell differs from the sum of its column"
        case .tableRowTotalMismatch: "a total column's cell differs from the sum of the row's other amounts"
        case .budgetAECPMismatch: "over the schedule the CP do not reach the AE, or exceed them"
        case .budgetCeilingMismatch: "the stated ceiling differs from the schedule's AE or CP total"
        case .chorusProgrammeMismatch: "a centre financier, domaine fonctionnel or activité of another programme than the act's"
        case .norYearMismatch: "the NOR's year is more than one year away from the act's year"
        case .dateOrder: "the period ends before the act's date or signature (or dates out of order)"
        case .dateSignatureMismatch: "the heading's date and the signature date differ"
        case .partyMissingRole: "a convention without a délégant or without a délégataire"
        case .partyPostalCodeMismatch: "an address's postal code belongs to another département than its city"
        case .personNameVariant: "a person named in the record is spelled differently elsewhere in the text"
        case .partyRoleUnknown: "the text does not say whether a party is délégant or délégataire: its role is partie"
        }
    }
}
