/// MarsadKnowledge: the gazetteer and lexicons, shipped as data resources and compiled to fast lookups.
public enum MarsadKnowledge {}
