import CLibXML2
@testable import Pith

/// The reader Pith used before `LibXMLTreeReader`: libxml2 builds its own tree
/// (`htmlReadMemory`), which is then copied into a `DocumentTree`. Kept in the tests only, as
/// the reference the event-built tree is compared against (`LibXMLTreeReaderTests`).
///
/// Threads: `xmlInitParser()` runs once, through a Swift `static let` (initialised exactly once,
/// thread-safely, by the runtime) before any parse. libxml2 2.9 keeps its error handlers per
/// thread, so every parse first installs silent handlers on the calling thread. A document is
/// created, read and freed inside one call, never shared between threads.
final class ReferenceLibXMLTree {
    private let doc: htmlDocPtr

    private static let globalInit: Void = { xmlInitParser() }()

    /// Options: recover from errors, no error or warning output, no network, and ignore any
    /// encoding declaration — the bytes are already UTF-8.
    private static let parseOptions: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_NODEFDTD.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses UTF-8 HTML. Throws `PithError.parseFailed` when libxml2 returns no document.
    init(utf8 bytes: [UInt8]) throws {
        _ = Self.globalInit
        pith_silence_errors()
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { throw PithError.parseFailed }
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                htmlReadMemory(p, Int32(buf.count), nil, "UTF-8", Self.parseOptions)
            }
        }
        guard let d = parsed else { throw PithError.parseFailed }
        doc = d
    }

    deinit { xmlFreeDoc(doc) }

    /// Copies the document into a `DocumentTree`, iteratively (no recursion, so any depth is safe).
    /// Keeps the attributes Pith reads on each element (`HTMLVocabulary.attributeScopes`), an
    /// `<a>`'s `href` only with `keepLinks`.
    func makeTree(maxNodes: Int, maxDepth: Int, keepLinks: Bool = false) throws -> DocumentTree {
        var tree = DocumentTree()
        tree.nodes.reserveCapacity(1024)
        tree.flags.reserveCapacity(1024)
        guard let root = xmlDocGetRootElement(doc) else { return tree }
        // Stack of arena indices of open elements.
        var open: [Int] = []
        var cur: xmlNodePtr? = root
        while let node = cur {
            var descended = false
            let type = node.pointee.type
            let depth = open.count
            if type == XML_ELEMENT_NODE {
                // Pith's names: without a prefix, in every libxml2 (2.14+ keeps `o:p`, 2.9 gives `p`).
                let name = LibXMLTreeReader.localName(node.pointee.name.map { String(cString: $0) } ?? "")
                let flags = HTMLVocabulary.flags(of: name)
                let index = tree.nodes.count
                if index >= maxNodes { throw PithError.tooManyNodes(limit: maxNodes) }
                tree.appendNode(
                    kind: .element, name: name, text: "", attributes: Self.attributes(of: node, element: name, keepLinks: keepLinks),
                    parent: open.last ?? -1, end: index + 1, depth: depth)
                tree.flags.append(flags)
                if name == "script", node.pointee.children != nil,
                   tree.attributes(of: index).contains(where: { $0.name == "type" && $0.value.lowercased().contains("ld+json") }) {
                    // Structured data is the one script worth reading (see PageFacts).
                    var text = ""
                    var child = node.pointee.children
                    while let c = child {
                        if let content = c.pointee.content { text += String(cString: content) }
                        child = c.pointee.next
                    }
                    tree.appendNode(
                        kind: .text, name: "", text: text, attributes: [], parent: index, end: index + 2, depth: depth + 1)
                    tree.flags.append([])
                    tree.nodes[index].end = index + 2
                } else if node.pointee.children != nil, !flags.contains(.opaque) {
                    if depth < maxDepth {
                        open.append(index)
                        cur = node.pointee.children
                        descended = true
                    } else {
                        // Too deep: keep only the subtree's text, flattened into this element.
                        let text = Self.flattenedText(of: node)
                        if !text.isEmpty {
                            tree.appendNode(
                                kind: .text, name: "", text: text, attributes: [], parent: index,
                                end: index + 2, depth: depth + 1)
                            tree.flags.append([])
                            tree.nodes[index].end = index + 2
                        }
                    }
                }
            } else if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                if let c = node.pointee.content {
                    let index = tree.nodes.count
                    if index >= maxNodes { throw PithError.tooManyNodes(limit: maxNodes) }
                    tree.appendNode(
                        kind: .text, name: "", text: String(cString: c), attributes: [],
                        parent: open.last ?? -1, end: index + 1, depth: depth)
                    tree.flags.append([])
                }
            }
            if descended { continue }
            // Move to the next sibling, closing finished elements on the way up.
            var n = node
            cur = nil
            while true {
                if n != root, let next = n.pointee.next { cur = next; break }
                guard let top = open.popLast(), let parent = n.pointee.parent else { break }
                tree.nodes[top].end = tree.nodes.count
                n = parent
            }
        }
        while let top = open.popLast() { tree.nodes[top].end = tree.nodes.count }
        return tree
    }

    private static let maxAttributeLength = 8 * 1024

    /// The lower-cased attribute name if Pith reads it on some element, else nil.
    private static func readName(_ p: UnsafePointer<xmlChar>) -> String? {
        let name = String(cString: p).lowercased()
        return HTMLVocabulary.readAttributes.contains(name) ? name : nil
    }

    private static func attributes(of node: xmlNodePtr, element: String, keepLinks: Bool) -> [DocumentTree.Attribute] {
        let reads = HTMLVocabulary.attributes(readOn: element, keepLinks: keepLinks)
        var result: [DocumentTree.Attribute] = []
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, let name = readName(n), reads.contains(HTMLVocabulary.attributeBit(name)!) {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                if value.utf8.count > maxAttributeLength { value = String(value.prefix(maxAttributeLength)) }
                result.append(DocumentTree.Attribute(name: name, value: value))
            }
            attr = a.pointee.next
        }
        return HTMLVocabulary.withoutIdleValues(result, on: element)
    }

    /// All text below `node`, read iteratively (for subtrees past the depth limit).
    private static func flattenedText(of node: xmlNodePtr) -> String {
        var parts: [String] = []
        var stack: [xmlNodePtr] = []
        var c = node.pointee.children
        while let n = c { stack.append(n); c = n.pointee.next }
        stack.reverse()
        while let n = stack.popLast() {
            if n.pointee.type == XML_TEXT_NODE, let content = n.pointee.content {
                parts.append(String(cString: content))
            } else if n.pointee.type == XML_ELEMENT_NODE {
                let name = n.pointee.name.map { String(cString: $0) } ?? ""
                if HTMLVocabulary.opaque.contains(name) { continue }
                var kids: [xmlNodePtr] = []
                var k = n.pointee.children
                while let x = k { kids.append(x); k = x.pointee.next }
                stack.append(contentsOf: kids.reversed())
                if HTMLVocabulary.blockLevel.contains(name) || name == "br" { parts.append("\n") }
            }
        }
        return parts.joined()
    }
}

extension DocumentTree {
    /// A node with its own text or attributes, stored the tree's way (in `textBytes` and
    /// `attributeList`).
    mutating func appendNode(kind: Kind, name: String, text: String = "", attributes: [Attribute] = [],
                             parent: Int, end: Int, depth: Int) {
        var node = Node(kind: kind, parent: parent, end: end, depth: depth)
        if !name.isEmpty {
            if let id = names.firstIndex(of: name) { node.nameID = Int32(id) } else {
                node.nameID = Int32(names.count)
                names.append(name)
            }
        }
        if !text.isEmpty {
            node.textStart = textBytes.count
            node.textCount = text.utf8.count
            textBytes.append(contentsOf: text.utf8)
        }
        if !attributes.isEmpty {
            node.attributeStart = attributeList.count
            node.attributeCount = attributes.count
            node.attributeMask = HTMLVocabulary.AttributeMask(attributes.map { HTMLVocabulary.attributeBit($0.name)! })
            for a in attributes { appendAttribute(a) }
        }
        nodes.append(node)
    }
}
