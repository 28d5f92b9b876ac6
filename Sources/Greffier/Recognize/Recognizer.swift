/// One recognizer reads the document and adds what it finds; recognizers do not see each
/// other's results, so each can be tested alone.
protocol Recognizer: Sendable {
    func recognize(_ document: Document, into results: inout Recognitions)
}

/// How a value was repaired from the text as it stands.
struct PendingRepair: Sendable, Equatable {
    let raw: String
    let rule: RepairRule
}

/// Everything the recognizers found, in normalized-text ranges, before assembly.
struct Recognitions: Sendable {
    struct NORCandidate: Sendable, Equatable {
        let value: String
        let range: TextRange
        let repair: PendingRepair?
        /// Found after a `NOR` label (an unlabelled one is only a fallback).
        let labelled: Bool
    }
    struct ChorusOccurrence: Sendable, Equatable {
        let kind: ChorusCode.Kind
        let value: String
        let range: TextRange
        let repair: PendingRepair?
        var holder: String? = nil
    }
    struct LegalReferenceMention: Sendable, Equatable {
        let type: LegalReference.Kind
        let number: String?
        let date: CalendarDate?
        let range: TextRange
    }
    struct ProgrammeMention: Sendable, Equatable {
        let number: String
        let label: String?
        let range: TextRange
    }
    struct PendingFinding: Sendable, Equatable {
        let code: FindingCode
        let message: String
        let range: TextRange?
    }

    var norCandidates: [NORCandidate] = []
    var chorus: [ChorusOccurrence] = []
    var legalReferences: [LegalReferenceMention] = []
    var programmes: [ProgrammeMention] = []
    var kind: DocumentRecord.Kind?
    var heading = HeadingFindings()
    var signature: SignatureFinding?
    var period = PeriodFindings()
    var findings: [PendingFinding] = []
    /// The `Entre` block's parties and the closing block's signatories (`Recognize/Parties/`).
    var parties: [PartyFinding] = []
    var signatories: [SignatoryFinding] = []
    /// AE/CP tables, prose schedules and ceilings (`Recognize/Budget/`).
    var budget = BudgetRecognitions()
}
