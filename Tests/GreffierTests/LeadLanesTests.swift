import Testing

@testable import Greffier

/// A walk along a lane (`FoldedTokens.next(from:in:)`, eight tokens at a time) stops at exactly
/// the tokens whose lead passes the lane's initials, from any start, up to the last token.
@Suite struct LeadLanesTests {
    /// Sixteen sets: both rows of lane bits (sets 0–7 and 8–15) are walked.
    static let madeUp: [[String]] = [
        ["programme", "bop"], ["fait", "date"], ["vu", "entre"], ["chorus", "uo"], ["zzz"],
        ["de", "la", "le"], ["a", "e", "i", "o", "u"], ["montant", "total", "ae", "cp"],
        ["autorisation", "credit"], ["\n", "\n\n", "\n "], ["2025", "1999"], ["et", "en", "du"],
        ["b"], ["convention", "article"], ["x", "y", "z"], ["ou", "par", "pour"],
    ]

    /// The made-up sets, the line breaks' at any length (as the clauses' closers are).
    static func madeUpSets() -> [Initials] {
        madeUp.enumerated().map { $0.element.contains("\n") ? Initials(anyLength: $0.element) : Initials($0.element) }
    }

    /// Whether a walk of `scan` must stop at token `index`: a lane holds its words' leads and
    /// lengths exactly; a walk without one tests each lead's hash.
    static func passes(_ index: Int, _ scan: FoldedTokens.LeadScan, _ folds: FoldedTokens) -> Bool {
        scan.lane != 0 ? scan.initials.holds(lead: folds.lead(index), length: folds.length(index))
            : scan.initials.contains(lead: folds.lead(index))
    }

    /// Each document folded with the made-up lanes, and each made-up set (and one without a
    /// lane) scanned in it: `body` gets the folds, the token count, the set and its scan.
    static func forEveryScan(_ body: (FoldedTokens, Int, Initials, FoldedTokens.LeadScan) -> Void) {
        let sets = madeUpSets()
        let lanes = LeadLanes(sets)
        for document in documents() {
            let folds = FoldedTokens(document.bytes, document.tokens, lanes: lanes)
            for initials in sets + [Initials(["nor", "copie"])] {
                body(folds, document.tokens.count, initials, folds.scan(initials))
            }
        }
    }

    static func documents() -> [Document] {
        var documents = Hostile.corpusDocuments()
        documents += AwkwardInputs.all.map { Document(bytes: $0) }
        documents.append(Document(bytes: Array("Œuvre ÉTAT état Programme 204 « x » ΑΒΓ infor-\n  mation Fait".utf8)))
        documents.append(Document(bytes: Array("vu".utf8)))
        documents.append(Document(bytes: []))
        return documents
    }

    /// Each set of initials the recognizers walk by has a lane of its own (the programme and
    /// NOR labels one together).
    @Test func everyRecognizerWalkHasItsOwnLane() {
        let members = [
            ChorusRecognizer.initials, DistributionList.openingTable.initials, HeadingArea.bodyInitials,
            LegalReferenceRecognizer.triggerWords.initials, PeriodRecognizer.openers.initials,
            LeadLanes.programmeOrNOR, SignatureRecognizer.initials, CeilingRecognizer.headInitials,
            ScheduleRecognizer.measureWords.initials, Clauses.closerInitials,
        ]
        let bits = members.map { LeadLanes.recognizers.bit(of: $0) }
        #expect(bits.allSatisfy { $0 != 0 && $0 & ($0 - 1) == 0 })
        #expect(Set(bits).count == members.count)
        #expect(LeadLanes.recognizers.bit(of: Initials(["zzz"])) == 0)
        // The shared lane holds the words of both.
        for word in ProgrammeRecognizer.labels.words + [NORRecognizer.label] {
            let bytes = Array(word.utf8)
            #expect(LeadLanes.programmeOrNOR.contains(lead: UInt16(bytes[0]) | UInt16(bytes[1]) << 8))
        }
    }

    /// Sixteen made-up lanes, every bit of both rows used, and a set without a lane: from every
    /// start, the walk stops where testing each token stops (its lead and length along a lane,
    /// its lead's hash without).
    @Test func walksStopWhereEachLeadPasses() {
        let sets = Self.madeUpSets()
        var stops = 0
        Self.forEveryScan { folds, count, initials, scan in
            #expect((scan.lane != 0) == sets.contains(initials))
            // Where each start stops, from the end backwards: the next passing token.
            var expected = count
            for start in stride(from: count + 2, through: -1, by: -1) {
                if start >= 0, start < count, Self.passes(start, scan, folds) { expected = start }
                #expect(folds.next(from: start, in: scan) == expected, "\(initials) from \(start)")
                if expected == start { stops += 1 }
            }
        }
        #expect(stops > 1_000)
    }

    /// Walking back (`previous(before:in:)`, eight lanes at a time below the end): from every end,
    /// the last token before it whose lead passes, with and without a lane, else -1.
    @Test func backwardWalksStopWhereEachLeadPasses() {
        var stops = 0
        Self.forEveryScan { folds, count, initials, scan in
            // Where each end stops, from the start onwards: the last passing token before it.
            var expected = -1
            for end in -1...(count + 2) {
                #expect(folds.previous(before: end, in: scan) == expected, "\(initials) before \(end)")
                if end >= 0, end < count, Self.passes(end, scan, folds) {
                    expected = end
                    stops += 1
                }
            }
        }
        #expect(stops > 1_000)
    }

    /// A walk bounded by a limit stops at the same token when it comes before the limit, else
    /// at the limit, never past it (a clause's walk must not run on to the text's end), from
    /// every start and every limit, with and without a lane.
    @Test func boundedWalksStopAtTheirLimit() {
        let sets = Self.madeUpSets()
        let lanes = LeadLanes(sets)
        var cut = 0
        for document in Self.documents().prefix(2) {
            let folds = FoldedTokens(document.bytes, document.tokens, lanes: lanes)
            let count = min(document.tokens.count, 160)
            for initials in [sets[0], sets[7], sets[8], sets[15], Initials(["nor", "copie"])] {
                let scan = folds.scan(initials)
                for start in 0...count {
                    let free = folds.next(from: start, in: scan)
                    for limit in start...(count + 1) {
                        let bounded = folds.next(from: start, before: limit, in: scan)
                        let expected = min(free, limit, document.tokens.count)
                        #expect(bounded == expected, "\(initials) from \(start) before \(limit)")
                        if free > limit { cut += 1 }
                    }
                }
            }
        }
        #expect(cut > 1_000)
    }

    /// A walk taking every token of a lane (`forEachToken`) visits exactly the tokens of its
    /// words' shapes (their lead's hash without a lane), in order, with a lane in either row or
    /// without one.
    @Test func everyTokenOfALaneIsVisited() {
        var visited = 0
        Self.forEveryScan { folds, count, initials, scan in
            var walked: [Int] = []
            folds.forEachToken(in: scan) { walked.append($0) }
            let expected = (0..<count).filter { Self.passes($0, scan, folds) }
            #expect(walked == expected, "\(initials)")
            visited += walked.count
        }
        #expect(visited > 10_000)
    }

    /// Two equal sets share the bit of the first: the walk is the same whichever it is.
    @Test func equalSetsWalkAlike() {
        let twice = LeadLanes([Initials(["fait"]), Initials(["vu"]), Initials(["fait"])])
        #expect(twice.bit(of: Initials(["fait"])) == 1)
        #expect(twice.bit(of: Initials(["vu"])) == 2)
        let document = Document(bytes: Array("Fait à Paris, vu le fait\nfait".utf8))
        let folds = FoldedTokens(document.bytes, document.tokens, lanes: twice)
        let scan = folds.scan(Initials(["fait"]))
        var walked: [Int] = []
        var index = folds.next(from: 0, in: scan)
        while index < document.tokens.count {
            walked.append(index)
            index = folds.next(from: index + 1, in: scan)
        }
        #expect(walked.map { document.text(of: $0) } == ["Fait", "fait", "fait"])
    }

    @Test func theRecognizersLanesGiveTheWalksOfEachLead() {
        for document in Self.documents() {
            for initials in [
                ChorusRecognizer.initials, HeadingArea.bodyInitials, SignatureRecognizer.initials,
                ScheduleRecognizer.measureWords.initials, Clauses.closerInitials,
            ] {
                let expected = document.tokens.indices.filter {
                    initials.holds(lead: document.folds.lead($0), length: document.folds.length($0))
                }
                #expect(Array(document.tokens(startingWithOneOf: initials)) == expected)
            }
        }
    }

    /// `da` and `l` share their hash: two sets of initials apart, and a lane of one does not
    /// stop at the other's tokens (`l'` before `date`), where a walk by hashes does.
    @Test func leadsSharingAHashAreApart() {
        let date = Initials(["date"]), elided = Initials(["l"])
        #expect(Initials.hash(InitialsTests.lead("date")) == Initials.hash(InitialsTests.lead("l")))
        #expect(date != elided)
        let lanes = LeadLanes([date])
        #expect(lanes.bit(of: date) == 1)
        #expect(lanes.bit(of: elided) == 0)
        let document = Document(bytes: Array("l'acte, à la date de la signature, l'an".utf8))
        let folds = FoldedTokens(document.bytes, document.tokens, lanes: lanes)
        func walk(_ initials: Initials) -> [String] {
            var walked: [String] = []
            var index = folds.next(from: 0, in: folds.scan(initials))
            while index < document.tokens.count {
                walked.append(document.text(of: index))
                index = folds.next(from: index + 1, in: folds.scan(initials))
            }
            return walked
        }
        #expect(walk(date) == ["date"])
        #expect(walk(elided) == ["l", "date", "l"])
    }

    /// A lane holds its words' lengths: `de` and `des` are not walked for `décret`, a word of
    /// 63 bytes or more stands for every length from 63 on, and a word joined across a line
    /// break is walked by its folded length.
    @Test func lanesHoldTheWordsLengths() {
        let long = String(repeating: "x", count: 70)
        let sets = [Initials(["decret", "loi"]), Initials([long, "programmes"])]
        let lanes = LeadLanes(sets)
        let text = "de des décret Décrets loi lo lois \(long.prefix(62)) \(long.prefix(63)) \(long) \(long)xx pro-\ngrammes"
        let document = Document(bytes: Array(text.utf8))
        let folds = FoldedTokens(document.bytes, document.tokens, lanes: lanes)
        func walk(_ initials: Initials) -> [String] {
            var walked: [String] = []
            var index = folds.next(from: 0, in: folds.scan(initials))
            while index < document.tokens.count {
                walked.append(document.folds.string(index))
                index = folds.next(from: index + 1, in: folds.scan(initials))
            }
            return walked
        }
        #expect(walk(sets[0]) == ["decret", "loi"])
        #expect(walk(sets[1]) == [String(long.prefix(63)), long, long + "xx", "programmes"])
    }
}
