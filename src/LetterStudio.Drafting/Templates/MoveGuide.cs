namespace LetterStudio.Drafting.Templates;

/// <summary>What each move asks of the writer, as said to the drafting model.</summary>
public static class MoveGuide
{
    public static string Describe(Move move) => move switch
    {
        Move.ThinkingOfYou => "Say plainly that the recipient has been on the writer's mind, and why today.",
        Move.RecallBeginning => "Recall how it all began: the first meeting or the early days.",
        Move.SharedMemory => "Bring in the shared memories from the anecdotes, with their time and small concrete details, told the way the client would tell them.",
        Move.WhatTheYearsTaught => "Say what the years together have taught the writer.",
        Move.Promise => "Make a promise for the years to come.",
        Move.Celebrate => "Celebrate the recipient and the day.",
        Move.WhatYouMeanToMe => "Say what the recipient means to the writer, simply and specifically.",
        Move.Wish => "Wish them well for the year ahead, concretely.",
        Move.Thanks => "Thank them for the particular thing, named.",
        Move.WhatItMeant => "Say what it meant and what difference it made.",
        Move.OwnTheWrong => "Own the wrong without excuses or 'but'.",
        Move.MakeAmends => "Offer a concrete way to make it right.",
        Move.Sympathy => "Offer sympathy for the loss, gently and without clichés about reasons.",
        Move.HonourTheirMemory => "Honour the person who died with a particular memory of them.",
        Move.OfferSupport => "Offer specific, practical support, with no demand for an answer.",
        Move.Congratulate => "Congratulate them on the achievement, named.",
        Move.Pride => "Say why the writer is proud of them: the work and character behind it.",
        Move.LookAhead => "Look ahead with them to what comes next.",
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, "A move without guidance."),
    };
}
