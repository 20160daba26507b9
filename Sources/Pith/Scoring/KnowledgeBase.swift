/// Everything Pith knows that is data, not code: the lexicon, the class/id hints, the language hints.
/// Loaded once per process, on first use, then shared read-only by every thread.
struct KnowledgeBase: Sendable {
    var lexicon: BoilerplateLexicon
    var hints: ClassIDHints
    var languages: LanguageGuess
    var pageKinds: PageKindDetector
    /// Class/id hints read on product pages only (`ProductFurniture`).
    var productHints: ClassIDHints
    /// Class/id hints read on threads only (`ThreadFurniture`).
    var threadHints: ClassIDHints

    static let shared: Result<KnowledgeBase, PithError> = {
        do {
            return .success(KnowledgeBase(lexicon: try BoilerplateLexicon.load(), hints: try ClassIDHints.load(),
                                         languages: LanguageGuess.parse(try ResourceLocator.text("languages.txt")),
                                         pageKinds: PageKindDetector.parse(try ResourceLocator.text("page-kinds.txt")),
                                         productHints: ClassIDHints.parse(try ResourceLocator.text("product-hints.txt")),
                                         threadHints: ClassIDHints.parse(try ResourceLocator.text("thread-hints.txt"))))
        } catch let e as PithError {
            return .failure(e)
        } catch {
            return .failure(.resourcesMissing("\(error)"))
        }
    }()
}
