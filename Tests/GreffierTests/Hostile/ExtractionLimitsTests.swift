import Testing

@testable import Greffier

/// The size limit and the time budget. No test waits for a clock: a budget of zero has run out
/// before the first step, and one of an hour never does.
@Suite struct ExtractionLimitsTests {
    static let act = Hostile.corpusText("003_9cd4d8c5901bd0e5")

    @Test func aLargerInputGetsAnErrorRecordUnread() {
        let limits = ExtractionLimits(maxBytes: Self.act.count - 1, maxDuration: nil)
        let record = Greffier.extract(bytes: Self.act, path: "big.txt", limits: limits)
        #expect(record.error?.code == .inputTooLarge)
        #expect(record.error?.message.contains("limite de \(Self.act.count - 1) octets") == true)
        #expect(record.source.bytes == Self.act.count)
        #expect(record.source.encoding == nil)
        #expect(record.nor == nil)
        Hostile.expectSound(record, Self.act)
    }

    @Test func anInputAtTheLimitIsRead() {
        let limits = ExtractionLimits(maxBytes: Self.act.count, maxDuration: nil)
        let record = Greffier.extract(bytes: Self.act, path: "big.txt", limits: limits)
        #expect(record.error == nil)
        #expect(record.nor != nil)
    }

    @Test func theHardLimitBoundsUnlimitedExtraction() {
        #expect(ExtractionLimits.unlimited.effectiveMaxBytes == ExtractionLimits.hardMaxBytes)
        #expect(ExtractionLimits(maxBytes: .max, maxDuration: nil).effectiveMaxBytes == ExtractionLimits.hardMaxBytes)
        #expect(ExtractionLimits.standard.effectiveMaxBytes == 64 << 20)
    }

    @Test func aSpentBudgetKeepsWhatWasFoundAndSaysSo() {
        let limits = ExtractionLimits(maxBytes: nil, maxDuration: .zero)
        let record = Greffier.extract(bytes: Self.act, path: "slow.txt", limits: limits)
        #expect(Hostile.codes(record) == ["limits.time-budget"])
        #expect(record.findings.first?.severity == .warning)
        #expect(record.findings.first?.message.contains("délai de 0 s") == true)
        // Nothing was read in time; the record is still a record.
        #expect(record.error == nil)
        #expect(record.nor == nil)
        #expect(record.source.encoding == .utf8)
        Hostile.expectSound(record, Self.act)
    }

    @Test func aBudgetNotSpentChangesNothing() {
        let limits = ExtractionLimits(maxBytes: nil, maxDuration: .seconds(3600))
        let record = Greffier.extract(bytes: Self.act, path: "a.txt", limits: limits)
        let unlimited = Greffier.extract(bytes: Self.act, path: "a.txt")
        #expect(record.json == unlimited.json)
    }

    /// Each recognizer that reads the whole text stops at its first step once the deadline
    /// has passed. The heading's and the party block's are bounded by a number of lines.
    @Test(arguments: [
        ("NOR", NORRecognizer() as any Recognizer), ("Chorus", ChorusRecognizer()),
        ("legal references", LegalReferenceRecognizer()), ("programmes", ProgrammeRecognizer()),
        ("signature", SignatureRecognizer()), ("period", PeriodRecognizer()),
        ("tables", BudgetTableRecognizer()), ("schedules", ScheduleRecognizer()),
        ("ceilings", CeilingRecognizer()), ("signatories", SignatoryRecognizer()),
    ])
    func recognizerStopsWhenTimeIsOut(name: String, recognizer: any Recognizer) {
        // Every act of the corpus, so that each recognizer has something to find.
        let names = ["000_66948a5937086540", "001_3dd1662a2dcbaa88", "002_e3f094db52d29598",
                     "003_9cd4d8c5901bd0e5", "004_bca018314a81e3b1"]
        let schedule = "\n\n– 2017 : 296 210 € en AE et 48 105 € en CP ;\nà concurrence de 400 000 €.\n"
        var document = Document(bytes: names.flatMap { Hostile.corpusText($0) + Array("\n\n".utf8) } + Array(schedule.utf8))
        var unhurried = Recognitions()
        recognizer.recognize(document, into: &unhurried)
        document.deadline = Deadline(after: .zero)
        var hurried = Recognitions()
        recognizer.recognize(document, into: &hurried)
        #expect(hurried.norCandidates.isEmpty && hurried.chorus.isEmpty && hurried.legalReferences.isEmpty
            && hurried.programmes.isEmpty && hurried.signature == nil && hurried.period.isEmpty
            && hurried.budget.tables.isEmpty && hurried.budget.ceilings.isEmpty && hurried.signatories.isEmpty)
        // And the act does hold something for it to find.
        #expect(!(unhurried.norCandidates.isEmpty && unhurried.chorus.isEmpty && unhurried.legalReferences.isEmpty
            && unhurried.programmes.isEmpty && unhurried.signature == nil && unhurried.period.isEmpty
            && unhurried.budget.tables.isEmpty && unhurried.budget.ceilings.isEmpty && unhurried.signatories.isEmpty),
            "\(name): the corpus should hold something")
    }

    @Test func theDeadlineReadsTheClockEveryStrideSteps() {
        let passed = Deadline(after: .zero)
        var steps = 0
        let stops = (0..<(3 * Deadline.stride)).filter { _ in passed.expired(&steps) }.count
        #expect(stops == 3)
        var none = 0
        #expect(!Deadline.none.expired(&none))
        #expect(!Deadline(after: .seconds(3600)).hasPassed)
    }
}
