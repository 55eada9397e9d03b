/// MarsadText: Unicode and Arabic text primitives (normalisation with offset maps, tokenizer,
/// clitic segmentation, sentence splitting, language identification). No dependencies.
public enum MarsadText {}
