extension LeadLanes {
    /// The words of the recognizers that walk the whole text (or its clauses) for them, one lane each
    /// (`LeadLanes`): a set of initials left out of this list is still found, token by token.
    static let recognizerInitials = [
        ChorusRecognizer.initials,
        DistributionList.openingTable.initials,
        HeadingArea.bodyInitials,
        LegalReferenceRecognizer.triggerWords.initials,
        PeriodRecognizer.openers.initials,
        ProgrammeRecognizer.labels.initials,
        SignatureRecognizer.initials,
        CeilingRecognizer.headInitials,
        ScheduleRecognizer.measureWords.initials,
        Clauses.closerInitials,
    ]

    static let recognizers = LeadLanes(recognizerInitials)
}
