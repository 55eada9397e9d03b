import Foundation
import MarsadKnowledge
import MarsadText

/// Words of personal names, given and family, Arabic and foreign ("سهير", "نيستلروي"), folded: a feature of the
/// NER tagger for names the training text never showed. Built by `scripts/build_ner_names.py` from a public
/// name dictionary (`Resources/lexicons/name-parts.tsv`; source and licence in docs/sources/knowledge.md).
enum NERNameParts {
    static let shared: KeySet = {
        guard let url = Bundle.module.url(forResource: "name-parts", withExtension: "tsv", subdirectory: "Resources/lexicons"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return KeySet([]) }
        return KeySet(TextLines.lines(text, droppingComments: true).lazy.map { NameFold.key(String($0)) })
    }()
}
