/// A lexical unit of the normalized text. Spaces separate tokens and are not tokens.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable, CaseIterable {
        /// Letters, possibly with digits (`Article`, `SGSIFAB075`, `1er`, `AE2025`).
        case word
        /// Digits only (`2004`, `0204`).
        case number
        /// One ASCII punctuation character (`-`, `:`, `(`).
        case punctuation
        /// One non-ASCII character that is not a letter (`€`, `«`, `°`, `–`).
        case symbol
        case tab
        /// One end of line.
        case lineBreak
        /// Two or more ends of line with only spaces between: a paragraph break.
        case blankLine

        public var name: String {
            switch self {
            case .word: "word"
            case .number: "number"
            case .punctuation: "punctuation"
            case .symbol: "symbol"
            case .tab: "tab"
            case .lineBreak: "lineBreak"
            case .blankLine: "blankLine"
            }
        }
    }

    public let kind: Kind
    /// Whether the tokenizer knows the token's fold to be its bytes lowercased (`FoldedTokens.isPlain`):
    /// set for every token it makes of ASCII bytes (a word without a non-ASCII letter, a number,
    /// a mark, a tab, line breaks), so that folding tests one flag per token, not its kind (a
    /// branch no processor predicts) nor its bytes. False says nothing: the token is then told
    /// by its kind and bytes (a word joined across a line, made later, is not plain). It fills
    /// the padding after `kind`: a token is still 12 bytes.
    let knownPlain: Bool
    /// Half-open byte range in the normalized text (32 bits: inputs are capped far below 4 GiB).
    let startOffset: UInt32
    let endOffset: UInt32

    init(_ kind: Kind, _ start: Int, _ end: Int, knownPlain: Bool = false) {
        self.kind = kind
        self.knownPlain = knownPlain
        self.startOffset = UInt32(truncatingIfNeeded: start)
        self.endOffset = UInt32(truncatingIfNeeded: end)
    }

    /// The same kind and range: `knownPlain` is a hint about the bytes, not part of the token.
    public static func == (left: Token, right: Token) -> Bool {
        left.kind == right.kind && left.startOffset == right.startOffset && left.endOffset == right.endOffset
    }

    public var start: Int { Int(startOffset) }
    public var end: Int { Int(endOffset) }
    public var range: TextRange { TextRange(start, end) }
}

/// A half-open byte range of the normalized text; turned into a `Span` of the original input
/// when a record is assembled.
public struct TextRange: Sendable, Equatable, Hashable {
    public let start: Int
    public let end: Int
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }
}
