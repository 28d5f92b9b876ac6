/// `nor.year-mismatch`: the NOR's year is more than one year away from the act's. The year
/// before or after is normal: a NOR is given at launch, signature or publication.
struct NORYearRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        guard let nor = record.nor, let date = record.date, abs(nor.year - date.year) > 1 else { return [] }
        return [Finding(
            .norYearMismatch,
            text: "le NOR \(nor.value) porte l'année \(nor.year), l'acte est daté de \(date.year)",
            span: nor.span)]
    }
}
