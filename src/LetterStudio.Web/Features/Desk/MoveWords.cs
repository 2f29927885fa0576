using LetterStudio.Drafting.Templates;

namespace LetterStudio.Web.Features.Desk;

/// <summary>A template's moves as a writer says them ("recall how it began"), not the code's names ("RecallBeginning").</summary>
public static class MoveWords
{
    public static string Of(Move move) => move switch
    {
        Move.ThinkingOfYou => "say you are thinking of them",
        Move.RecallBeginning => "recall how it began",
        Move.SharedMemory => "tell a shared memory",
        Move.WhatTheYearsTaught => "what the years have taught",
        Move.Promise => "make a promise",
        Move.Celebrate => "celebrate the day",
        Move.WhatYouMeanToMe => "what they mean to you",
        Move.Wish => "a wish for them",
        Move.Thanks => "say thank you",
        Move.WhatItMeant => "what it meant",
        Move.OwnTheWrong => "own the wrong",
        Move.MakeAmends => "make amends",
        Move.Sympathy => "offer sympathy",
        Move.HonourTheirMemory => "honour their memory",
        Move.OfferSupport => "offer support",
        Move.Congratulate => "congratulate",
        Move.Pride => "say how proud you are",
        Move.LookAhead => "look ahead",
        _ => move.ToString(),
    };

    /// <summary>The moves in order as one sentence: "Recall how it began, then tell a shared memory, then make a promise."</summary>
    public static string Sentence(IEnumerable<Move> moves)
    {
        var text = string.Join(", then ", moves.Select(Of));
        return text.Length == 0 ? "" : char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }
}
