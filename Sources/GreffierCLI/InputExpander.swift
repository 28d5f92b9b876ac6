import Foundation
import Greffier

/// One input to read: a file, standard input, or a path that failed before reading.
enum Input: Equatable, Sendable {
    case file(String)
    /// A file of a directory that the walk has opened already.
    case opened(OpenedFile)
    case standardInput
    case failed(path: String, code: FindingCode, message: String)
}

/// Turns command-line paths into inputs: files as given, directories searched recursively for
/// `*.txt` (in path order, so output order is stable), `-` for standard input.
enum InputExpander {
    /// Every input at once, for the commands that read few (`check`, `show`); `extract` walks
    /// them one by one with `InputWalk` so that memory does not grow with their number.
    static func expand(_ paths: [String]) -> [Input] {
        var walk = InputWalk(paths: paths)
        var inputs: [Input] = []
        while let input = walk.next() { inputs.append(input) }
        return inputs
    }
}

/// The inputs of command-line paths and then of a `--files-from` list, produced one at a
/// time: a directory is walked as its files are needed, a list read as its lines are.
struct InputWalk: IteratorProtocol {
    private var paths: IndexingIterator<[String]>
    private let list: PathList?
    private var directory: DirectoryWalk?
    /// Whether a directory's regular files are opened as they are found (see `DirectoryWalk`).
    private let opensFiles: Bool

    init(paths: [String], list: PathList? = nil, opensFiles: Bool = false) {
        self.paths = paths.makeIterator()
        self.list = list
        self.opensFiles = opensFiles
    }

    /// Whether taking the next input never waits for another program: true unless the paths
    /// come from a list that is not a regular file (a pipe, a terminal).
    var neverWaits: Bool { list?.isRegularFile ?? true }

    /// Whether reading the input last returned may wait for another program: standard input,
    /// a pipe, a device. A regular file, a path already failed, or none yet: false.
    private(set) var lastMayWait = false
    /// The size of the input last returned when it is a regular file, as listed (it may have
    /// changed by the time it is read); 0 for any other input.
    private(set) var lastSize = 0

    mutating func next() -> Input? {
        while true {
            if var walk = directory {
                // Taken out while it moves on, so that its stack is not copied (shared with
                // `directory`) at each step.
                directory = nil
                if let file = walk.next() {
                    directory = walk
                    // A directory's inputs are its regular files.
                    lastMayWait = false
                    lastSize = walk.lastSize
                    return walk.lastOpened.map(Input.opened) ?? .file(file)
                }
                directory = nil
                if !walk.foundAny {
                    lastMayWait = false
                    lastSize = 0
                    return .failed(path: walk.root, code: .inputEmptyDirectory,
                                   message: "le dossier ne contient aucun fichier .txt")
                }
            }
            let path: String
            if let given = paths.next() {
                // `-` on the command line is standard input; in a list it is a file's name.
                if given == "-" {
                    lastMayWait = true
                    lastSize = 0
                    return .standardInput
                }
                path = given
            } else if let listed = list?.next() {
                path = listed
            } else {
                return nil
            }
            let (kind, size) = FileKind.status(path, followingLinks: true)
            lastMayWait = kind == .other
            lastSize = size
            switch kind {
            case .missing:
                return .failed(path: path, code: .inputNotFound, message: "le fichier n'existe pas")
            case .directory:
                directory = DirectoryWalk(root: path, opensFiles: opensFiles)
            case .file, .other:
                return .file(path)
            }
        }
    }
}

/// What a path names, from `stat` (or `lstat`, which does not follow a symbolic link).
enum FileKind: Equatable {
    case missing, file, directory, other

    static func of(_ path: String, followingLinks: Bool) -> FileKind {
        status(path, followingLinks: followingLinks).kind
    }

    /// What `path` names and its size in bytes (0 unless a regular file), from one `stat`.
    static func status(_ path: String, followingLinks: Bool) -> (kind: FileKind, size: Int) {
        var status = stat()
        let result = followingLinks ? stat(path, &status) : lstat(path, &status)
        guard result == 0 else { return (.missing, 0) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return (.file, Int(status.st_size))
        case S_IFDIR: return (.directory, 0)
        default: return (.other, 0)
        }
    }

    /// Size in bytes of a regular file, nil for anything else.
    static func size(of path: String) -> Int? {
        let (kind, size) = status(path, followingLinks: true)
        return kind == .file ? size : nil
    }
}
