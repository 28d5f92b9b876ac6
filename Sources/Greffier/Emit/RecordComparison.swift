/// Compares records field by field, as golden tests and regression checks need.
public enum RecordComparison {
    /// The record without what a reader cannot write by reading the text: spans, the source
    /// block (hash, size, path) and finding messages. Goldens hold this projection.
    public static func goldenProjection(_ value: JSONValue) -> JSONValue {
        project(value, path: [])
    }

    private static func project(_ value: JSONValue, path: [String]) -> JSONValue {
        switch value {
        case .object(let members):
            return .object(members.compactMap { key, member in
                if key == "span" || (path.isEmpty && key == "source") { return nil }
                if key == "message", path.first == "findings" { return nil }
                return (key, project(member, path: path + [key]))
            })
        case .array(let items):
            return .array(items.map { project($0, path: path) })
        default:
            return value
        }
    }

    /// Each difference as `path: expected … actual …`, e.g. `chorus[4].value: expected
    /// "SGSIFAB075", got "SGSIFABO75"`; empty when the two are equal.
    public static func differences(expected: JSONValue, actual: JSONValue, path: String = "") -> [String] {
        switch (expected, actual) {
        case (.object(let left), .object(let right)):
            var result: [String] = []
            for (key, value) in left {
                let child = path.isEmpty ? key : path + "." + key
                if let other = right.first(where: { $0.0 == key })?.1 {
                    result += differences(expected: value, actual: other, path: child)
                } else {
                    result.append("\(child): expected \(value.serialized()), missing")
                }
            }
            for (key, value) in right where !left.contains(where: { $0.0 == key }) {
                result.append("\(path.isEmpty ? key : path + "." + key): unexpected \(value.serialized())")
            }
            return result
        case (.array(let left), .array(let right)):
            var result: [String] = []
            for position in 0..<max(left.count, right.count) {
                let child = "\(path)[\(position)]"
                if position >= left.count {
                    result.append("\(child): unexpected \(right[position].serialized())")
                } else if position >= right.count {
                    result.append("\(child): expected \(left[position].serialized()), missing")
                } else {
                    result += differences(expected: left[position], actual: right[position], path: child)
                }
            }
            return result
        default:
            return expected == actual ? [] : ["\(path): expected \(expected.serialized()), got \(actual.serialized())"]
        }
    }
}
