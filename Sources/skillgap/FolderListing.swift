import Foundation

/// The files of a batch folder, listed with `readdir` so that a name that is not UTF-8 keeps
/// its bytes. Folders are not listed; with `recursive` their files are, and a link to a folder
/// is never entered, so a link loop cannot trap the listing.
enum FolderListing {
    /// A file's path relative to the folder, as bytes, and whether it is a link.
    struct Entry {
        var path: [UInt8]
        var isLink: Bool
    }

    /// The files under `root`.
    static func files(in root: RawPath, recursive: Bool) -> [Entry] {
        var found: [Entry] = []
        var pending: [[UInt8]] = [[]]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root.appending(relative)
            guard let stream = folder.withCString({ opendir($0) }) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    Array(raw.prefix { $0 != 0 })
                }
                if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] {
                    continue
                }
                let path = relative.isEmpty ? name : relative + [UInt8(ascii: "/")] + name
                var status = stat()
                guard root.appending(path).withCString({ lstat($0, &status) }) == 0 else {
                    continue
                }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    if recursive { pending.append(path) }
                case S_IFLNK:
                    // A link to a folder is left out; a broken link stays, to be reported.
                    var target = stat()
                    let exists = root.appending(path).withCString { stat($0, &target) } == 0
                    if !(exists && target.st_mode & S_IFMT == S_IFDIR) {
                        found.append(Entry(path: path, isLink: true))
                    }
                default:
                    found.append(Entry(path: path, isLink: false))
                }
            }
        }
        return found
    }
}
