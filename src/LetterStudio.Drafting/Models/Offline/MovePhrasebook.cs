using LetterStudio.Drafting.Templates;

namespace LetterStudio.Drafting.Models.Offline;

/// <summary>
/// The offline composer's sentences for each move: several alternatives per move, each marked with who it may be
/// said to (no "grow old with" for a coach), with openings that differ so the composer can keep every sentence of a
/// letter opening its own way and pick, for a recipient, sentences no earlier letter to them used. Written neutral
/// (no contractions) and short; <see cref="VoiceShaping"/> makes them casual or formal and joins them for clients who
/// write long sentences. {name} is what the letter calls the recipient. Kept clear of the cliché list in templates/.
/// </summary>
internal static class MovePhrasebook
{
    private const Audience Intimate = Audience.Intimate;
    private const Audience Close = Audience.Close;
    private const Audience Family = Audience.Intimate | Audience.Family;
    private const Audience Formal = Audience.Formal;

    public static IReadOnlyList<Phrase> For(Move move) => Book[move];

    private static readonly Dictionary<Move, Phrase[]> Book = new()
    {
        [Move.ThinkingOfYou] = [
            new("There is no occasion for this letter.", Occasions: "just-because"), "You have been on my mind all week, {name}.", "A letter felt better than a message.",
            "Something small reminded me of you on Tuesday, and I smiled in the queue like a fool.", "So here is a letter, just for you.",
            new("Mostly I wanted you to know that you are thought of.", Close)],
        [Move.RecallBeginning] = [
            new("Do you remember how it all began?", Intimate), new("I can still see the very beginning of us.", Intimate),
            new("We were so young, and so sure of ourselves.", Intimate), new("Neither of us had any idea what we were starting.", Intimate),
            new("Looking back, it all seems to have been decided in a single afternoon.", Intimate),
            new("I still think about how it all started.", Audience.Family | Audience.Friend), new("We have come a long way since the beginning.", Audience.Family | Audience.Friend),
            new("So much has happened since those first days.", Audience.Family | Audience.Friend)],
        [Move.WhatTheYearsTaught] = [
            "Love turns out to be mostly small kindnesses.", "It is the cup of tea brought without asking.",
            "You taught me that without ever saying it.", "The hard days have mattered as much as the easy ones.",
            "Somewhere along the way we stopped keeping score.", "Being together has made both of us braver."],
        [Move.Promise] = [
            new("Here is my promise to you, {name}.", Intimate), new("I will keep choosing you, every ordinary day.", Intimate),
            new("There is nobody I would rather grow old with.", Intimate), new("I will listen more and worry less.", Intimate),
            new("Whatever the next years bring, we will meet them together.", Intimate),
            new("I will try to deserve you a little more each year.", Intimate),
            new("I will always be in your corner.", Audience.Family | Audience.Friend), new("You can count on me, whatever comes.", Audience.Family | Audience.Friend | Formal),
            new("I will do better, and you will see it rather than hear it.", Audience.Anyone, "apology"),
            new("You have my word that it will not happen again.", Audience.Anyone, "apology")],
        [Move.Celebrate] = [
            "Today is all about you, and rightly so.", "I hope the day is full of the people you love.",
            "I wish I could be there to raise a glass with you.", "This letter will have to do some of the celebrating for me.",
            "Birthdays suit you, whatever you say about them."],
        [Move.WhatYouMeanToMe] = [
            new("You are the person I want to tell things to first.", Close), "You make ordinary days better.",
            new("Home is wherever you are.", Intimate), new("You have always been my safe place.", Family),
            new("Your kindness shaped who I became.", Family), "I do not say it often enough, so I am putting it on paper.",
            "You see the best in people, and somehow that makes them better.", new("Being your friend has been one of the lucky things in my life.", Audience.Friend)],
        [Move.Wish] = [
            "May the year ahead be kind to you.", "I hope it brings long lunches and good company.", "I hope it brings new adventures and old friends.",
            "Here is to laughter, sunshine and long walks.", "Let this be a year of good news."],
        [Move.Thanks] = [
            "Thank you, {name}.", "I wanted to say it properly, on paper.", "It is long overdue, and I mean every word.",
            "Few people would have done what you did.", "Gratitude is easy to feel and hard to say, so I am writing it down."],
        [Move.WhatItMeant] = [
            "It meant more to me than I could say at the time.", "Somebody believed in me, and it showed.", "That kindness changed things for me.",
            "I have tried to pass it on ever since.", "Without that, I would be a different person now."],
        [Move.OwnTheWrong] = [
            "I owe you an apology, {name}, and there is no excuse to go with it.", "I was wrong.", "What I did let you down, and I regret it.",
            "I should have known better, and I did not.", "Nothing about it was your fault."],
        [Move.MakeAmends] = [
            "I would like to make it right, if you will let me.", "Tell me what would help, and I will do it.",
            "I will go at whatever pace you need.", "Could we meet for a coffee soon, so I can say it face to face?",
            new("Our friendship is worth the effort.", Audience.Friend), new("We are worth the effort.", Family)],
        [Move.Sympathy] = [
            "I was so sorry to hear about {deceased}.", "I was so sorry to hear your news.", "You have been in my mind every day since.", "I wanted to write, even without the right words.",
            "Please do not feel you have to answer this.", "I am thinking of you, and of everyone who loved {deceased}."],
        // {deceased} is the person who died, by name when the brief or an anecdote names them; {them} and {their} follow.
        [Move.HonourTheirMemory] = [
            "I keep thinking of {deceased}.", "So many people will miss {deceased}.", "I am so glad I knew {deceased}.",
            "So many people will feel the loss."],
        [Move.OfferSupport] = [
            "Please let me help in any way I can.", "I can bring dinner, run errands, or simply sit with you.", "Call me at any hour, for anything at all.",
            "You do not have to go through this alone."],
        [Move.Congratulate] = [
            "What wonderful news.", "I had to write and tell you how thrilled I am.", "This did not happen by luck.", "Nobody I know worked harder for it."],
        [Move.Pride] = [
            "I am so proud of you.", "I know how hard you worked for this.", "You kept going even when it was difficult.",
            "It took courage, patience and a great deal of heart.", "Watching you do it has been a joy."],
        [Move.LookAhead] = [
            new("I cannot wait to see what comes next for you.", Occasions: "congratulations birthday thank-you"),
            new("Let us celebrate together very soon.", Occasions: "congratulations birthday anniversary"), "Take good care of yourself.",
            new("The road from here looks bright.", Occasions: "congratulations"), "There is so much still to look forward to.",
            new("I hope we can see each other soon.", Audience.Close), "Write back when you have a moment, if you like."],
    };

    /// <summary>What may open a condolence before the news itself, for the candidates that do not open on it.</summary>
    public static readonly Phrase[] SympathyOpeners = ["I wanted to write, even without the right words.", "I am thinking of you, and of everyone who loved {deceased}."];

    /// <summary>Said only when the file names nobody who died; with a name, the named phrases say it better.</summary>
    public static readonly HashSet<string> Unnamed = ["I was so sorry to hear your news.", "So many people will feel the loss."];

    /// <summary>A line after a memory, by occasion mood: warm for most, quiet for grief and apology.</summary>
    public static readonly Phrase[] Reflections =
    [
        "I think of it more often than you know.", "It still makes me smile.", "I would not swap that day for anything.", "I have never forgotten it.",
        new("It was the moment I knew.", Intimate), "Some days are worth keeping, and that was one."];

    public static readonly string[] QuietReflections = ["I have never forgotten it.", "I think of it often.", "It stays with me."];

    public static readonly string[] NoMemory =
    [
        "It is the small, ordinary days I treasure most.", "I have been thinking about all our ordinary days together.",
        "So many small moments come back to me.", "Some of my best days have had you in them.",
    ];

    /// <summary>Gentle or playful lines for celebrations, said once; never in a condolence or an apology.</summary>
    public static readonly Phrase[] Humour =
    [
        new("I will not mention the number of candles; the cake has feelings.", Occasions: "birthday"),
        new("I have checked, and you are still far too young for slippers.", Occasions: "birthday"),
        new("Consider this letter a promissory note for cake.", Occasions: "birthday congratulations"),
        new("You still steal the duvet, and I have decided to forgive you.", Intimate, "anniversary love-letter just-because"),
        "I am told letters are old-fashioned, which is exactly why you deserve one."];

    /// <summary>Affection for clients who write warmly (warmth 4 and 5), by relationship.</summary>
    public static readonly Phrase[] Warmth =
    [
        new("I love you more than I manage to say out loud.", Family), new("I love you, and I am so glad you are mine.", Intimate),
        new("I am lucky to know you.", Audience.Friend | Formal), new("You are loved, more than you know.", Close)];
}
