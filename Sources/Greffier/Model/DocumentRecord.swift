/// The record of one input: everything read from it, checked, with where each value came from.
/// This is the v1 record contract; `schemas/document.schema.json` describes its JSON.
public struct DocumentRecord: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case convention, avenant, instruction, circulaire, arrete, decision, other
    }
    public struct Source: Sendable, Equatable {
        public let path: String
        public let sha256: String
        public let bytes: Int
        public let encoding: SourceEncoding?
    }
    /// Why an input could not be read.
    public struct InputError: Sendable, Equatable {
        public let code: FindingCode
        public let message: String
    }

    public static let schemaVersion = 1

    public var source: Source
    public var kind: Kind = .other
    public var title: String?
    public var date: CalendarDate?
    public var nor: NOR?
    public var reference: String?
    public var parties: [Party] = []
    public var signature: Signature?
    public var signatories: [Signatory] = []
    public var period: Period?
    public var legalReferences: [LegalReference] = []
    public var programmes: [Programme] = []
    public var chorus: [ChorusCode] = []
    public var budget = Budget()
    public var findings: [Finding] = []
    public var repairs: [Repair] = []
    public var error: InputError?

    public init(source: Source) {
        self.source = source
    }
}
