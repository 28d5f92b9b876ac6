import Testing
@testable import Greffier

@Suite struct KindRecognizerTests {
    @Test(arguments: [
        ("Convention de délégation de gestion\n", DocumentRecord.Kind.convention),
        ("CONVENTIONS DE DÉLÉGATION DE GESTION\n", .convention),
        ("Ministère de la santé\n\n# Convention de délégation de gestion\n", .convention),
        ("\t- Convention de délégation\n", .convention),
        ("Délégation de gestion du 26 janvier 2006 relative à la gestion\n", .convention),
        ("AVENANT N° 1 à la convention de délégation de gestion\n", .avenant),
        ("INSTRUCTION N° SGMCAS/DNS/2023/92 du 25 mai 2023\n", .instruction),
        ("SECRÉTARIAT GÉNÉRAL\n\nNOTE DE SERVICE\n", .instruction),
        ("CIRCULAIRE\n\nObjet : ...", .circulaire),
        ("ARRÊTÉ du 4 mai 2012 portant organisation\n", .arrete),
        ("Arrete du 4 mai 2012\n", .arrete),
        ("DÉCISION n° 12\n", .decision),
        // The first heading line naming a kind wins over later ones.
        ("Arrêté du 4 mai 2012\n\nConvention de délégation de gestion\n", .arrete),
        (String(repeating: "ligne\n", count: 59) + "Convention\n", .convention),
    ])
    func kindFromTheHeadingLine(text: String, kind: DocumentRecord.Kind) {
        let (_, results) = TestRun.recognize(KindRecognizer(), text)
        #expect(results.kind == kind)
    }

    /// Kinds named in prose, in the body, or by words that only begin like a kind.
    @Test(arguments: [
        "",
        "Le présent texte cite la convention du 4 mai 2012\n",
        "Vu la convention de délégation de gestion\n",
        "Note d'information\n",
        "Note de synthèse\n",
        "Délégation de signature\n",
        "Conventionnel\n",
        "Arrêtés et décisions\n",
        String(repeating: "ligne\n", count: 60) + "Convention\n",
    ])
    func noKind(text: String) {
        let (_, results) = TestRun.recognize(KindRecognizer(), text)
        #expect(results.kind == nil)
    }

    /// Through the pipeline: a text naming no kind is `other`.
    @Test(arguments: [
        ("Convention de délégation de gestion\n", DocumentRecord.Kind.convention),
        ("Rapport annuel\n\nVu la convention\n", .other),
    ])
    func recordKind(text: String, kind: DocumentRecord.Kind) {
        #expect(TestRun.extract(text).kind == kind)
    }
}
