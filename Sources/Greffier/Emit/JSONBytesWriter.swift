#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes compact JSON (one line, no spaces) as UTF-8 bytes, straight from the emitted events:
/// the batch output's records, without a `JSONValue` tree to allocate and free for each.
/// Gives exactly the bytes of `JSONValue.serialized(pretty: false)` on the same value (tested).
///
/// Into a buffer of its own rather than an array: each append to an array tested that it was
/// uniquely referenced and had room, byte by byte, which cost more than the bytes (a key cost
/// about 185 instructions). Here each event makes room once, then stores its bytes. The buffer
/// belongs to a `Storage` object, freed with it whatever the writer's fate; the writer keeps its
/// address beside it for the stores, so a writer is used in place (`inout`), never copied.
struct JSONBytesWriter: JSONEmitter {
    /// Owns the bytes: the buffer is freed when the last writer holding it goes.
    private final class Storage {
        var pointer: UnsafeMutablePointer<UInt8>
        init(capacity: Int) { pointer = .allocate(capacity: capacity) }
        deinit { pointer.deallocate() }
    }

    private let storage: Storage
    /// `storage.pointer`, kept here: reading it through the object at each store cost more.
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// A value has just ended: the next member or element needs a comma first.
    private var afterValue = false

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = Storage(capacity: self.capacity)
        base = storage.pointer
    }

    /// The bytes written so far.
    func finish() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Bytes outside the JSON value (a line break), written as they are.
    mutating func raw(_ bytes: StaticString) {
        bytes.withUTF8Buffer { bytes in
            reserve(bytes.count)
            put(bytes)
        }
    }

    /// Room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        assert(base == storage.pointer, "a JSONBytesWriter is used in place, not copied")
        if capacity - count < extra { grow(extra) }
    }

    @inline(never)
    private mutating func grow(_ extra: Int) {
        var larger = capacity * 2
        while larger - count < extra { larger *= 2 }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        buffer.moveInitialize(from: base, count: count)
        storage.pointer.deallocate()
        storage.pointer = buffer
        base = buffer
        capacity = larger
    }

    /// Stores one byte; room was reserved.
    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Stores bytes; room was reserved.
    @inline(__always)
    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        memcpy(base + count, source, bytes.count)
        count += bytes.count
    }

    /// A comma when a value came before; one byte of room was reserved for it.
    @inline(__always)
    private mutating func separate() {
        if afterValue { put(UInt8(ascii: ",")) }
    }

    mutating func beginObject() {
        reserve(2)
        separate()
        put(UInt8(ascii: "{"))
        afterValue = false
    }

    mutating func endObject() {
        reserve(1)
        put(UInt8(ascii: "}"))
        afterValue = true
    }

    mutating func beginArray() {
        reserve(2)
        separate()
        put(UInt8(ascii: "["))
        afterValue = false
    }

    mutating func endArray() {
        reserve(1)
        put(UInt8(ascii: "]"))
        afterValue = true
    }

    /// Inline: at each call the key is a literal, whose length the compiler then knows.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        name.withUTF8Buffer { name in
            reserve(name.count + 4)
            separate()
            put(UInt8(ascii: "\""))
            put(name)
            put(UInt8(ascii: "\""))
            put(UInt8(ascii: ":"))
        }
        afterValue = false
    }

    mutating func null() { scalar("null") }

    mutating func bool(_ value: Bool) { scalar(value ? "true" : "false") }

    mutating func int(_ value: Int) {
        // A comma, a sign and 19 digits at most.
        reserve(21)
        separate()
        if value < 0 { put(UInt8(ascii: "-")) }
        digits(UInt64(value.magnitude))
        afterValue = true
    }

    /// `beginArray`, `int(start)`, `int(end)`, `endArray` in one: room made once.
    mutating func span(_ start: Int, _ end: Int) {
        // A comma, two brackets, a comma, and two signs and 19 digits each at most.
        reserve(44)
        separate()
        put(UInt8(ascii: "["))
        if start < 0 { put(UInt8(ascii: "-")) }
        digits(UInt64(start.magnitude))
        put(UInt8(ascii: ","))
        if end < 0 { put(UInt8(ascii: "-")) }
        digits(UInt64(end.magnitude))
        put(UInt8(ascii: "]"))
        afterValue = true
    }

    /// As `JSONNumberText.write(_:to:)` writes an amount: the shortest exact form.
    mutating func amount(_ value: Amount) {
        // A comma, a sign, 17 digits, a point and two decimals at most.
        reserve(22)
        separate()
        if value.cents < 0 { put(UInt8(ascii: "-")) }
        let magnitude = value.cents.magnitude
        digits(magnitude / 100)
        let rest = UInt8(magnitude % 100)
        guard rest != 0 else {
            afterValue = true
            return
        }
        put(UInt8(ascii: "."))
        put(UInt8(ascii: "0") + rest / 10)
        if rest % 10 != 0 { put(UInt8(ascii: "0") + rest % 10) }
        afterValue = true
    }

    mutating func string(_ value: String) {
        if let done = value.utf8.withContiguousStorageIfAvailable({ writeString($0) }) {
            return done
        }
        var copy = value
        copy.withUTF8 { writeString($0) }
    }

    mutating func plainString(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count + 3)
        separate()
        put(UInt8(ascii: "\""))
        put(bytes)
        put(UInt8(ascii: "\""))
        afterValue = true
    }

    /// As `CalendarDate.writeISO`: `"YYYY-MM-DD"`, the year kept to four digits, the month and
    /// day to two by the initializer.
    mutating func date(_ value: CalendarDate) {
        reserve(13)
        separate()
        // Two digits a table read: the year's four were four divisions (on a signed `Int`,
        // each with its sign fix), about 225 instructions a date with the rest.
        let year = UInt(truncatingIfNeeded: value.year)
        put(UInt8(ascii: "\""))
        putPair(year / 100)
        putPair(year % 100)
        put(UInt8(ascii: "-"))
        putPair(UInt(truncatingIfNeeded: value.month))
        put(UInt8(ascii: "-"))
        putPair(UInt(truncatingIfNeeded: value.day))
        put(UInt8(ascii: "\""))
        afterValue = true
    }

    /// "00" to "99", two bytes a number.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    /// The two digits of `value` (below 100); room was reserved.
    @inline(__always)
    private mutating func putPair(_ value: UInt) {
        Self.digitPairs.withUTF8Buffer { pairs in
            base[count] = pairs[Int(value) &* 2]
            base[count &+ 1] = pairs[Int(value) &* 2 &+ 1]
        }
        count += 2
    }

    private mutating func scalar(_ word: StaticString) {
        word.withUTF8Buffer { word in
            reserve(word.count + 1)
            separate()
            put(word)
        }
        afterValue = true
    }

    /// Decimal digits of `value`, most significant first (20 at most); room was reserved. The
    /// count of digits by comparisons (a division a digit is dearer), then the digits from the
    /// last, two a division (`digitPairs`).
    @inline(__always)
    private mutating func digits(_ value: UInt64) {
        if value < 10 {
            put(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var length = 2
        var bound: UInt64 = 100
        // 10^19 is the last power of ten below 2^64: past it, the count is 20.
        while length < 20, value >= bound {
            length += 1
            bound = bound &* 10
        }
        var rest = value
        var index = count + length
        Self.digitPairs.withUTF8Buffer { pairs in
            while rest >= 100 {
                let pair = Int(truncatingIfNeeded: rest % 100) &* 2
                rest /= 100
                index -= 2
                base[index] = pairs[pair]
                base[index + 1] = pairs[pair + 1]
            }
            // One or two digits left (the value has two at least).
            if rest >= 10 {
                base[index - 2] = pairs[Int(truncatingIfNeeded: rest) &* 2]
                base[index - 1] = pairs[Int(truncatingIfNeeded: rest) &* 2 + 1]
            } else {
                base[index - 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest)
            }
        }
        count += length
    }

    /// `JSONValue.writeString` into the buffer: the same escapes, the plain runs between them
    /// copied whole (found by `JSONValue.firstEscape`).
    private mutating func writeString(_ utf8: UnsafeBufferPointer<UInt8>) {
        // The quotes and every byte copied as is; escapes reserve their own extra room.
        reserve(utf8.count + 3)
        separate()
        put(UInt8(ascii: "\""))
        // Most of a record's strings need no escape: copied at once, tested on the way.
        if let source = utf8.baseAddress, Self.copyPlain(source, utf8.count, to: base + count) {
            count += utf8.count
            put(UInt8(ascii: "\""))
            afterValue = true
            return
        }
        var index = 0
        while index < utf8.count {
            let runStart = index
            index = JSONValue.firstEscape(utf8, from: index)
            if runStart < index { put(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            guard index < utf8.count else { break }
            let byte = utf8[index]
            // Six bytes at most for one byte of text (`\u001f`), then the rest and the quote:
            // escapes write more than the room reserved at first.
            reserve(utf8.count - index + 7)
            switch byte {
            case UInt8(ascii: "\""): escape(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): escape(UInt8(ascii: "\\"))
            case 0x0A: escape(UInt8(ascii: "n"))
            case 0x0D: escape(UInt8(ascii: "r"))
            case 0x09: escape(UInt8(ascii: "t"))
            case 0..<0x20:
                escape(UInt8(ascii: "u"))
                put(UInt8(ascii: "0"))
                put(UInt8(ascii: "0"))
                put(Self.hexDigit(byte >> 4))
                put(Self.hexDigit(byte & 0xF))
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80
                && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                // Three bytes of text for six of escape.
                escape(UInt8(ascii: "u"))
                put(UInt8(ascii: "2"))
                put(UInt8(ascii: "0"))
                put(UInt8(ascii: "2"))
                put(utf8[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                index += 2
            default: put(byte)
            }
            index += 1
        }
        put(UInt8(ascii: "\""))
        afterValue = true
    }

    /// Copies the `count` bytes at `source` to `target` when none needs an escape, else false
    /// (`target` may then hold some of them, written over afterwards): sixteen bytes a turn
    /// and the last sixteen at once; below sixteen, two overlapping words of eight or four
    /// bytes tested at once, the shortest byte by byte. Three in four strings of a record are
    /// under sixteen bytes, and the search for escapes then the copy cost two calls and a byte
    /// at a time past the last eight.
    @inline(__always)
    private static func copyPlain(_ source: UnsafePointer<UInt8>, _ count: Int, to target: UnsafeMutablePointer<UInt8>) -> Bool {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(target)
        if count >= 16 {
            typealias Bytes = SIMD16<UInt8>
            var offset = 0
            while true {
                // The last turn reads the last sixteen bytes, over some already read.
                let at = min(offset, count - 16)
                let chunk = from.loadUnaligned(fromByteOffset: at, as: Bytes.self)
                let stops = (chunk .< Bytes(repeating: 0x20)) .| (chunk .== Bytes(repeating: UInt8(ascii: "\"")))
                    .| (chunk .== Bytes(repeating: UInt8(ascii: "\\"))) .| (chunk .== Bytes(repeating: 0xE2))
                if any(stops) { return false }
                to.storeBytes(of: chunk, toByteOffset: at, as: Bytes.self)
                offset = at + 16
                if offset == count { return true }
            }
        }
        if count >= 8 {
            let first = from.loadUnaligned(as: UInt64.self)
            let last = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            guard escapeFlags(UInt64(littleEndian: first)) | escapeFlags(UInt64(littleEndian: last)) == 0 else { return false }
            to.storeBytes(of: first, as: UInt64.self)
            to.storeBytes(of: last, toByteOffset: count - 8, as: UInt64.self)
            return true
        }
        if count >= 4 {
            let first = from.loadUnaligned(as: UInt32.self)
            let last = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            // The zero bytes above the four are flagged (below 0x20): only the four's flags count.
            let flags = escapeFlags(UInt64(UInt32(littleEndian: first))) | escapeFlags(UInt64(UInt32(littleEndian: last)))
            guard flags & 0x8080_8080 == 0 else { return false }
            to.storeBytes(of: first, as: UInt32.self)
            to.storeBytes(of: last, toByteOffset: count - 4, as: UInt32.self)
            return true
        }
        for offset in 0..<count {
            let byte = source[offset]
            guard byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0xE2 else { return false }
            target[offset] = byte
        }
        return true
    }

    /// The bytes of `word` (first byte lowest) that need an escape or may start one, flagged as
    /// `JSONValue.firstEscape` flags them: none flagged exactly when there is none (a stray
    /// flag only ever sits above a byte that matched).
    @inline(__always)
    private static func escapeFlags(_ word: UInt64) -> UInt64 {
        WordAtATime.bytes(below: 0x20, in: word) | WordAtATime.bytes(equalTo: UInt8(ascii: "\""), in: word)
            | WordAtATime.bytes(equalTo: UInt8(ascii: "\\"), in: word) | WordAtATime.bytes(equalTo: 0xE2, in: word)
    }

    @inline(__always)
    private mutating func escape(_ letter: UInt8) {
        put(UInt8(ascii: "\\"))
        put(letter)
    }

    /// Lowercase, as `String(_:radix: 16)` writes it.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
