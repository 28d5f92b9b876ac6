extension LeadLanes {
    /// The words of the recognizers that walk the whole text (or its clauses) for them, one lane each
    /// (`LeadLanes`): a set of initials left out of this list is still found, token by token.
    static let recognizerInitials = [
        ChorusRecognizer.initials,
        DistributionList.openingTable.initials,
        HeadingArea.bodyInitials,
        LegalReferenceRecognizer.triggerWords.initials,
        PeriodRecognizer.openers.initials,
        programmeOrNOR,
        SignatureRecognizer.initials,
        CeilingRecognizer.headInitials,
        ScheduleRecognizer.measureWords.initials,
        Clauses.closerInitials,
    ]

    /// The programme labels and the `NOR` label share a lane (there are eight at most): both are
    /// rare words, and each walker turns the other's tokens down on their lead.
    static let programmeOrNOR = Initials(ProgrammeRecognizer.labels.words + [NORRecognizer.label])

    static let recognizers = LeadLanes(recognizerInitials)
}
