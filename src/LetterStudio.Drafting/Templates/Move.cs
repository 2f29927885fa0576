namespace LetterStudio.Drafting.Templates;

/// <summary>
/// One thing a letter does, in order. Templates list their moves; the model is told them and the offline
/// composer writes a paragraph for each. A new occasion reuses these; a new move needs phrasing in
/// <see cref="Models.Offline.MovePhrasebook"/> and a line in <see cref="MoveGuide"/>.
/// </summary>
public enum Move
{
    ThinkingOfYou,
    RecallBeginning,
    SharedMemory,
    WhatTheYearsTaught,
    Promise,
    Celebrate,
    WhatYouMeanToMe,
    Wish,
    Thanks,
    WhatItMeant,
    OwnTheWrong,
    MakeAmends,
    Sympathy,
    HonourTheirMemory,
    OfferSupport,
    Congratulate,
    Pride,
    LookAhead,
}
