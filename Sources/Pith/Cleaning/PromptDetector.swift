/// Finds the regions that ask something of the reader — a dialog over the page, a sign-in or
/// sign-up form — by their structure, whatever their wording: an element with `role="dialog"`,
/// `"alertdialog"` or `"alert"` (a message laid over the page: "we log user data", "you are
/// offline"), or `aria-modal="true"` (cookie and consent layers, newsletter pop-ups), and
/// a `<form>` holding a password input (a login wall) or an email input (a newsletter or
/// account sign-up box) — a form of a box's size: one that wraps a whole page (ASP.NET pages
/// put everything inside one `<form>`) holds more than `maxFormCharacters` of text, or an `<h1>`,
/// or more than `maxFormParagraphs` paragraphs, and is no prompt.
///
/// Such a region is a soft mark that nothing overrules (`NodeFilter.firm`): it is never the body,
/// nor inside it, however much of the page's prose it holds — a consent layer's 1,300-word
/// notice must not win over a short article, and when a page's only prose is a prompt, the body
/// is what else the page holds, or nothing.
enum PromptDetector {
    private static var roleAttribute: HTMLVocabulary.AttributeMask { .role }
    private static var modalAttribute: HTMLVocabulary.AttributeMask { .ariaModal }
    private static var typeAttribute: HTMLVocabulary.AttributeMask { .type }
    static let maxFormCharacters = 1500
    static let maxFormParagraphs = 3

    static func isBoxSized(_ tree: DocumentTree, _ form: Int, hard: [RemovalReason?]) -> Bool {
        var paragraphs = 0
        for i in (form + 1)..<tree.nodes[form].end where tree.nodes[i].kind == .element {
            if tree.flags[i].contains(.paragraph) { paragraphs += 1 }
            if tree.flags[i].contains(.heading), tree.name(of: i) == "h1" { return false }
        }
        return paragraphs <= maxFormParagraphs
            && tree.nonSpaceCharacters(under: form, upTo: maxFormCharacters + 1, skipping: { hard[$0].map { $0 != .hidden } ?? false })
                <= maxFormCharacters
    }

    private static var classAttribute: HTMLVocabulary.AttributeMask { .`class` }

    /// The nearest of a form's four closest ancestors whose class has the word `modal`.
    static func modalAncestor(_ tree: DocumentTree, of form: Int) -> Int? {
        tree.nearest(from: tree.nodes[form].parent, within: 4) { n in
            tree.withAttribute(classAttribute, of: n) { b -> Bool in
                b.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }).contains { word in
                    word.count == 5 && ByteSearch.hasPrefixIgnoringASCIICase(UnsafeBufferPointer(rebasing: word), "modal")
                }
            } ?? false
        }
    }

    /// Marks prompt regions in `soft` and `firm`.
    static func mark(_ tree: DocumentTree, hard: [RemovalReason?], soft: inout [RemovalReason?], firm: inout [Bool]) {
        var openForms: [(end: Int, node: Int)] = []
        // Tag names are numbers in the tree's name table: find the two that matter once.
        let formID = tree.names.firstIndex(of: "form").map(Int32.init) ?? -1
        let inputID = tree.names.firstIndex(of: "input").map(Int32.init) ?? -1
        let lookAt = HTMLVocabulary.AttributeMask([modalAttribute, roleAttribute])
        for i in 0..<tree.count where tree.nodes[i].kind == .element {
            let nameID = tree.nodes[i].nameID
            guard nameID == formID || nameID == inputID || tree.hasAny(lookAt, i) else { continue }
            while let f = openForms.last, f.end <= i { openForms.removeLast() }
            if nameID == formID {
                openForms.append((tree.nodes[i].end, i))
                // A form inside a modal box (class `modal`, as UI toolkits name their dialogs):
                // a report, feedback or sign-up dialog, whatever its fields.
                if hard[i] == nil, let box = modalAncestor(tree, of: i), !firm[box], isBoxSized(tree, box, hard: hard) {
                    firm[box] = true
                    soft[box] = soft[box] ?? .modal
                }
                continue
            }
            if nameID == inputID {
                guard let form = openForms.first?.node, tree.hasAny(typeAttribute, i),
                      let type = tree.attribute(typeAttribute, of: i)?.lowercased() else { continue }
                let reason: RemovalReason? = type == "password" ? .loginWall : type == "email" ? .newsletter : nil
                if let reason, !firm[form], isBoxSized(tree, form, hard: hard) {
                    firm[form] = true
                    soft[form] = reason
                } else if reason == .loginWall, firm[form], soft[form] == .newsletter {
                    soft[form] = .loginWall
                }
                continue
            }
            guard hard[i] == nil else { continue }
            if tree.hasAny(modalAttribute, i), tree.attribute(modalAttribute, of: i)?.lowercased() == "true" {
                firm[i] = true
                soft[i] = soft[i] ?? .modal
            } else if tree.hasAny(roleAttribute, i), let role = tree.attribute(roleAttribute, of: i)?.lowercased(),
                      role == "dialog" || role == "alertdialog" || role == "alert" {
                firm[i] = true
                soft[i] = soft[i] ?? .modal
            }
        }
    }
}
