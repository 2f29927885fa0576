namespace LetterStudio.TestSupport;

/// <summary>What a template holds beyond the schema: nothing, the standard occasions, or the demo studio too.</summary>
internal enum TemplateKind { Migrated, Seeded, Demo }
