import Foundation
import Testing

@testable import Greffier

/// French dates in their roles: the act's own date, its signature, its period.
struct DateRolesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let expected: String?
        let repair: RepairRule?
        var testDescription: String { text.replacingOccurrences(of: "\n", with: "⏎") }
        init(_ text: String, _ expected: String?, repair: RepairRule? = nil) {
            self.text = text
            self.expected = expected
            self.repair = repair
        }
    }

    @Test(arguments: [
        Case("Convention de délégation de gestion du 7 avril 2026 relative au financement", "2026-04-07"),
        Case("Convention de délégation de gestion du 20 aofit 2025 relative a la", "2025-08-20", repair: .dateOCR),
        Case("Convention de délégation de gestion du 20 aott 2025 relative", "2025-08-20", repair: .dateOCR),
        Case("Délégation de gestion du 26 janvier 2006 relative à la gestion", "2006-01-26"),
        Case("Réglementation\n\nConvention de délégation de gestion\n\nNOR : MENG2031487X\n\nConvention du 6-10-2020\n\nEntre", "2020-10-06"),
        Case("Délégation de gestion entre services\n\nConvention du 16-6-2016\n\nEntre", "2016-06-16"),
        Case("CONVENTION de délégation de gestion relative à la Fabrique.\n\nDu 04 mai 2018\n\nEntre,", "2018-05-04"),
        Case("NOTE DE SERVICE\n\nDate: 11 janvier 2012\n", "2012-01-11"),
        Case("Convention du 1er janvier 2020\n", "2020-01-01"),
        Case("Convention du 1 er janvier 2020\n", "2020-01-01", repair: .dateOCR),
        Case("Convention du 1¢ janvier 2020\n", "2020-01-01", repair: .dateOCR),
        Case("Convention du 3 fevrier 2020\n", "2020-02-03"),
        Case("Convention du 3 decembre 2020\n", "2020-12-03"),
        // Negatives: no date in the heading, or a string that only looks like one.
        Case("JORF n°0234 du 7 octobre 2021\n\nConvention relative aux contrats\n\nEntre", nil),
        Case("Convention relative au centre 0204-11-08\n", nil),
        Case("Convention relative au code 12-129-FA17\n", nil),
        Case("Convention de 2025 185000 € en AE\n", nil),
        Case("Convention n° 2004-1085\n", nil),
        Case("Convention NOR SFHZ2630140X\n", nil),
        Case("Convention du 31 février 2020\n", nil),
        Case("Convention du 32 janvier 2020\n", nil),
    ])
    func actDate(_ example: Case) {
        let found = TestRun.recognize(example.text, with: [HeadingRecognizer()])
        #expect(found.heading.date?.date.description == example.expected)
        #expect(found.heading.date?.repair?.rule == example.repair)
    }

    @Test func impossibleDateGivesWarning() {
        let found = TestRun.recognize("Convention du 31 février 2020\n", with: [HeadingRecognizer()])
        #expect(found.heading.date == nil)
        #expect(found.findings.map(\.code) == [.dateInvalid])
        #expect(found.findings.first?.code.severity == .warning)
    }

    @Test(arguments: [
        ("Fait le 7 avril 2026.", "2026-04-07", nil as String?, nil as RepairRule?),
        ("Fait à Paris, le 14/04/2021", "2021-04-14", "Paris", nil),
        ("Fait à Paris le 14/04/2021", "2021-04-14", "Paris", nil),
        ("Fait le 20 aott 2025.", "2025-08-20", nil, .dateOCR),
        ("Fait le F 24 août 2017.", "2017-08-24", nil, .dateStrayCharacter),
        ("Date de signature\t25/05/2023\n", "2023-05-25", nil, nil),
    ])
    func signature(_ text: String, _ date: String, _ place: String?, _ repair: RepairRule?) {
        let found = TestRun.recognize(text, with: [SignatureRecognizer()])
        #expect(found.signature?.date?.date.description == date)
        #expect(found.signature?.place == place)
        #expect(found.signature?.date?.repair?.rule == repair)
    }

    @Test(arguments: [
        "il fait le point le 7 avril 2026",
        "Fait le",
        "Le délégant fait le nécessaire.",
        "Fait le 0204-11-08",
    ])
    func noSignature(_ text: String) {
        #expect(TestRun.recognize(text, with: [SignatureRecognizer()]).signature == nil)
    }

    @Test(arguments: [
        ("La convention prend effet à compter de la date de la dernière signature par les parties.",
         Period.StartCondition.lastSignature as Period.StartCondition?, nil as String?, nil as String?, nil as String?),
        ("La présente convention prend effet a sa date de signature. Elle est conclue jusqu'au 31 décembre 2026.",
         .signature, nil, "2026-12-31", nil),
        ("La présente convention prend effet à la date de signature par les deux parties. Elle est conclue \njusqu'au 31 décembre 2018.",
         .signature, nil, "2018-12-31", nil),
        ("La convention prend effet à compter du 1er janvier 2020.", nil, "2020-01-01", nil, nil),
        ("et prend fin :\n\n- D'un point de vue technique, le 31 décembre 2026 ;", nil, nil, "2026-12-31", nil),
        ("La convention est reconductible par voie d'avenant pour une période qui ne peut excéder le 30 juin 2027.",
         nil, nil, nil, "2027-06-30"),
        ("Date d'application : 01/01/2017\n", nil, "2017-01-01", nil, nil),
    ])
    func period(_ text: String, _ startsOn: Period.StartCondition?, _ start: String?, _ end: String?, _ until: String?) {
        let period = TestRun.recognize(text, with: [PeriodRecognizer()]).period
        #expect(period.startsOn == startsOn)
        #expect(period.start?.date.description == start)
        #expect(period.end?.date.description == end)
        #expect(period.extendableUntil?.date.description == until)
    }

    @Test(arguments: [
        "La réception des prestations devra être réalisée au plus tard le 31 décembre 2026.",
        "Date d'application\tImmédiate\n",
        "Elle est conclue pour trois ans.\n\nArticle 3\n\nLe 31 décembre 2026",
    ])
    func noPeriod(_ text: String) {
        #expect(TestRun.recognize(text, with: [PeriodRecognizer()]).period.isEmpty)
    }
}
