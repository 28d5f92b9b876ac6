/// What each finding code means, why it matters and how to fix the source: `greffier explain`.
/// A test checks that every code of the catalogue has its explanation.
public struct FindingExplanation: Sendable {
    public let meaning: String
    public let why: String
    public let fix: String
}

extension FindingCode {
    public var explanation: FindingExplanation? { Self.explanations[self] }

    static let explanations: [FindingCode: FindingExplanation] = [
        .inputNotFound: .init(
            meaning: "The path given on the command line does not exist.",
            why: "The input was not read; its record only carries this error.",
            fix: "Check the path (a typo, a file moved or deleted, a relative path from another folder)."),
        .inputUnreadable: .init(
            meaning: "The file exists but could not be read (permissions, I/O error, a file vanished while listing).",
            why: "The input was not read; its record only carries this error.",
            fix: "Check the file's permissions and that it is a regular file."),
        .inputBinary: .init(
            meaning: "The input is not text: it holds NUL bytes or control characters, or it is a PDF.",
            why: "Reading binary data as text would only produce noise and wrong values.",
            fix: "Convert the document to text first (e.g. `pdftotext`), then extract the .txt."),
        .inputEmptyDirectory: .init(
            meaning: "A directory given as input holds no *.txt file.",
            why: "Nothing was read from it; often a wrong folder or files with another extension.",
            fix: "Point at the folder that holds the texts, or rename the files to .txt."),
        .inputTooLarge: .init(
            meaning: "The input is larger than the size limit (`--max-bytes`, 64 MB by default); it was not read.",
            why: "A text that large is seldom one act (a concatenation, a dump, a disk image saved as .txt); reading it would hold up the batch and its memory.",
            fix: "Split the file into its acts, or raise the limit (`--max-bytes 200M`) if it really is one text."),
        .inputEmpty: .init(
            meaning: "The input holds no text: it is empty, or only spaces, tabs and line breaks.",
            why: "Nothing could be read from it; often a truncated download or a failed conversion.",
            fix: "Download or convert the document again."),
        .encodingWindows1252Bytes: .init(
            meaning: "A UTF-8 file holds a few bytes that are not UTF-8 (`é` written as the single byte 0xE9, typically a passage pasted from a Latin-1 document); they were read as Windows-1252.",
            why: "The reading is almost always right for French text, but it is a guess: the message gives the first such byte's offset.",
            fix: "Re-save the file as UTF-8 after checking the passage (`iconv` or your editor's encoding menu)."),
        .encodingReplaced: .init(
            meaning: "Bytes that stand for no character in the input's encoding (0x81, 0x8D, 0x8F, 0x90 or 0x9D in a UTF-8 file, an unpaired UTF-16 surrogate, a lone last byte of UTF-16) were replaced with U+FFFD.",
            why: "Whatever they stood for is lost; a value there may be incomplete.",
            fix: "Get a clean copy of the text; check the place given by the finding's span."),
        .encodingLostCharacter: .init(
            meaning: "The input holds the replacement character U+FFFD (`�`, bytes EF BF BD in UTF-8) as written: a program that converted the text before greffier met a character it could not read and put U+FFFD in its place.",
            why: "Whatever stood there is lost (a footnote mark, an accented letter, a digit); a value around it may be incomplete or kept with the `�` in it (seed 002's title).",
            fix: "Get the text from its source again (the BO's HTML or PDF); check the place given by the finding's span."),
        .limitsTimeBudget: .init(
            meaning: "Reading the document took longer than its time budget (`--max-seconds-per-document`, 10 s by default): the recognizers stopped, and the record holds what they had found.",
            why: "One pathological input must not stall a batch; but values after the point reached are missing, and checks that compare parts of the act (totals, roles, dates) were not run.",
            fix: "Check the document (a concatenation of many acts, a huge table); split it, or raise the budget (`--max-seconds-per-document 60`)."),
        .ocrRepaired: .init(
            meaning: "A value was read from damaged text and repaired (`SGSIFABO75` read as `SGSIFAB075`, `20 aofit 2025` as 2025-08-20).",
            why: "The value is not what the text literally shows: the record keeps the raw text and the rule applied so that you can check it.",
            fix: "Nothing to do if the repair is right; correct the source text if you maintain it."),
        .norInvalid: .init(
            meaning: "A value after a `NOR` label does not have the NOR's shape (3 letters, 1 letter, 2 digits, 5 digits, 1 letter) and could not be repaired with confidence.",
            why: "The act's NOR identifies it in the Journal officiel and the BO; a wrong one breaks every link to the act.",
            fix: "Read the NOR on the published act and correct the text; the record leaves `nor` empty rather than guess."),
        .chorusFormat: .init(
            meaning: "A value after a Chorus label (`Domaine fonctionnel : …`) does not have the shape of that kind of code.",
            why: "A code of the wrong shape cannot be booked in Chorus; it was not retained.",
            fix: "Check the code in the text: a missing hyphen, a truncated value, or a value in the wrong cell."),
        .budgetCellInferred: .init(
            meaning: "A budget table row holds fewer amounts than the table has columns (`2026 135000 €` under `AE CP`), and its amount was put in a column on stated evidence: its horizontal position under a header, the TOTAL row, or the rule that over the act's life the CP reach the AE.",
            why: "The layout lost the empty cell; the message says which evidence placed the amount so that you can check it.",
            fix: "Nothing to do if the placement is right; otherwise write the empty cell in the source (a tab, `-` or `0 €`)."),
        .budgetCellAmbiguous: .init(
            meaning: "A budget table row holds fewer amounts than the table has columns, and no evidence (position, TOTAL row, CP reaching AE) tells which column its amount belongs to.",
            why: "Guessing would put a wrong AE or CP in the record; the cells are left null instead.",
            fix: "Read the table on the published act and write the empty cell in the source (a tab, `-` or `0 €`)."),
        .budgetCeilingConflict: .init(
            meaning: "The act states several different ceilings (`à concurrence de …`, `plafond de …`, `le montant total … s'élève à …`).",
            why: "The record cannot say which one binds the délégataire; `budget.ceiling` is left null.",
            fix: "Read the articles on financial provisions: an avenant may have changed the amount, or one phrase names something else."),
        .dateInvalid: .init(
            meaning: "A date that does not exist (`31 février 2020`) stands where a date is expected.",
            why: "The act's date, its signature or its period would be wrong; the date was not retained.",
            fix: "Read the date on the published act and correct the text."),
        .tableColumnTotalMismatch: .init(
            meaning: "A TOTAL row's cell differs from the sum of the cells above it in its column.",
            why: "Either an amount or the total is wrong: the amounts delegated are uncertain.",
            fix: "Recompute the column; check for a misread digit or a lost row, and ask the authors which figure holds."),
        .tableRowTotalMismatch: .init(
            meaning: "A `Total` column's cell differs from the sum of the other amount cells of its row.",
            why: "Either an amount or the row total is wrong.",
            fix: "Recompute the row; check for a misread digit or a cell moved to another column."),
        .budgetAECPMismatch: .init(
            meaning: "Over the act's AE/CP schedule, the credits of payment do not reach the commitments (or exceed them).",
            why: "Over an act's life the CP normally reach the AE; a gap often means a year or a cell is missing.",
            fix: "Check the schedule for a missing year or a lone amount put in the wrong column."),
        .budgetCeilingMismatch: .init(
            meaning: "The ceiling stated in the text differs from the total of the schedule's AE or CP.",
            why: "The délégataire may commit up to the ceiling; a schedule that does not add up to it is ambiguous.",
            fix: "Check the ceiling and the schedule's amounts against each other."),
        .chorusSuspectLetter: .init(
            meaning: "A centre de coûts or service exécutant holds a letter `O` right before or after a digit (`SOCBEXDO075`); the code is kept as written.",
            why: "These codes mix letters and digits freely, so the `O` may be right; but `O` read for `0` is the commonest OCR confusion in codes. Only a centre de coûts' département tail (`SGSIFABO75` → `SGSIFAB075`) is repaired with confidence.",
            fix: "Check the code on the published text or in Chorus before booking on it."),
        .chorusProgrammeMismatch: .init(
            meaning: "A centre financier, domaine fonctionnel or activité begins with another programme than the act's (stated in the text, or the majority of its codes).",
            why: "Expenses would be booked on another programme than the one whose credits are delegated.",
            fix: "Check the code's first four digits against the programme named in the act."),
        .norYearMismatch: .init(
            meaning: "The NOR's two-digit year is more than one year away from the act's date.",
            why: "A NOR is given at launch, signature or publication, so a year's gap is normal; more suggests a wrong NOR or a wrong date.",
            fix: "Check both the NOR and the act's date on the published text."),
        .dateOrder: .init(
            meaning: "Dates out of order: the period ends before the act's date or its signature, before it starts, or the extension limit comes before the end.",
            why: "The act could not apply as written.",
            fix: "Check the years: a misread digit or a date copied from an earlier act are the usual causes."),
        .dateSignatureMismatch: .init(
            meaning: "The date in the act's heading differs from the date of its `Fait le …` signature.",
            why: "Which one is the act's date matters for its validity and its references.",
            fix: "Check both dates on the published act; acts are usually dated by their last signature."),
        .partyPostalCodeMismatch: .init(
            meaning: "A party's address gives a postal code whose département is not its city's (`79902 Paris Cedex 15`: 79 is Deux-Sèvres).",
            why: "One of the two is wrong; mail and the party's identification rely on them.",
            fix: "Check the address on the party's official documents (here most likely `75902`)."),
        .personNameVariant: .init(
            meaning: "A representative or signatory appears elsewhere in the text with a surname spelled differently by a letter or two (`PRIBILE` / `PRIBILLE`).",
            why: "Names are matched across acts and directories; one of the spellings is a typo.",
            fix: "Check the person's name in the signature block and in the contacts, and correct the wrong one."),
        .partyMissingRole: .init(
            meaning: "A convention or avenant that speaks of a delegation (`délégation`, `délégant`, `délégataire`, décret n° 2004-1085) names no délégant, or no délégataire, among its parties; a convention that never does (a convention de financement) has neither role and gets no finding.",
            why: "A délégation de gestion (décret n° 2004-1085) is between a délégant and a délégataire: without both the record cannot say who delegates to whom.",
            fix: "Check the parties' block (`ENTRE … ET …`) and the designations (`ci-après dénommé « le délégant »`)."),
        .partyRoleUnknown: .init(
            meaning: "A party of the `Entre … Et …` block is called neither délégant nor délégataire, in its own words or where the text names it with a role (`la DSI, service délégant`, `du délégant (la DINUM)`); its role is `partie`.",
            why: "Who delegates to whom is the point of a délégation de gestion; the role may be missing from the text, written in a way not read, or lost in an excerpt. A party designated `« bénéficiaire »`, or a third party named by its own designation (`« la DGCS »`), gets no warning: the text says what it is; nor does a party of a text that never speaks of a delegation (a convention de financement).",
            fix: "Read the parties' block and the articles on obligations; add the role to the designation (`ci-après dénommée « le délégant »`) if you maintain the text."),
    ]
}
