using LetterStudio.Drafting.Templates;

namespace LetterStudio.Drafting.Models.Offline;

/// <summary>
/// The offline composer's sentences for each move, two variants each. Written neutral (no contractions, no
/// flourishes) and short, because <see cref="VoiceShaping"/> makes them casual or formal and joins them into
/// longer sentences for clients who write long ones; {name} is the name the letter calls the recipient.
/// </summary>
internal static class MovePhrasebook
{
    public static IReadOnlyList<string> Sentences(Move move, int variant)
    {
        var variants = Book[move];
        return variants[variant % variants.Length];
    }

    /// <summary>How a remembered moment is introduced; {when} is when it happened.</summary>
    public static readonly string[] MemoryIntros = ["I keep going back to {when}.", "I was thinking the other day about {when}."];
    public static readonly string[] MemoryIntrosUndated = ["There is one memory I keep going back to.", "I was thinking the other day about one moment in particular."];
    public static readonly string[] MemoryCodas = ["I think of it more often than you know.", "It still makes me smile."];
    public static readonly string[] NoMemory = ["I have been thinking about all our ordinary days together.", "It is the small, ordinary moments I treasure most."];

    private static readonly Dictionary<Move, string[][]> Book = new()
    {
        [Move.ThinkingOfYou] = [
            ["I wanted to write to you for no reason at all.", "You have been on my mind all week.", "So here is a letter, just for you."],
            ["There is no occasion for this letter.", "I simply found myself thinking of you.", "A letter felt better than a message."]],
        [Move.RecallBeginning] = [
            ["Do you remember how it all began?", "I do, every detail of it.", "I had no idea then what was starting."],
            ["I often think about the very beginning of us.", "We were so young and so sure of ourselves.", "It feels like yesterday and a lifetime ago."]],
        [Move.WhatTheYearsTaught] = [
            ["The years have taught me a great deal.", "Love is mostly made of small kindnesses.", "It is the cup of tea brought without asking.", "You taught me that, without ever saying it."],
            ["I have learned so much from our years together.", "The hard days matter as much as the easy ones.", "We are better together than apart.", "I am grateful for every one of those lessons."]],
        [Move.Promise] = [
            ["So here is my promise to you, {name}.", "I will keep choosing you, every single day.", "I will listen more and worry less.", "The best is still ahead of us."],
            ["I want to make you a promise.", "I will be there, in the good days and the grey ones.", "I will keep making you laugh.", "There is nobody I would rather grow old with."]],
        [Move.Celebrate] = [
            ["Happy birthday, {name}!", "Today is all about you, and rightly so.", "I hope the day is full of the people you love."],
            ["Many happy returns of the day.", "I wish I could be there to raise a glass with you.", "This letter will have to do the celebrating for me."]],
        [Move.WhatYouMeanToMe] = [
            ["I do not say it often enough.", "You mean the world to me.", "Life is simply better with you in it."],
            ["I want you to know what you mean to me.", "You are the person I want to tell everything to.", "You make ordinary days feel special."]],
        [Move.Wish] = [
            ["I wish you a year of good health and good company.", "I hope it brings you new adventures and old friends.", "You deserve every happy moment of it."],
            ["May the year ahead be kind to you.", "I hope it is full of laughter and long lunches.", "I will be cheering for you all the way."]],
        [Move.Thanks] = [
            ["I am writing to say thank you.", "It is long overdue, and I mean it with all my heart.", "You did more for me than you will ever know."],
            ["Thank you, {name}.", "Words are not nearly enough for it.", "I wanted to say it properly, on paper."]],
        [Move.WhatItMeant] = [
            ["It meant more to me than I could say at the time.", "It showed me what kindness looks like.", "I have tried to pass it on ever since."],
            ["That kindness changed things for me.", "I felt that somebody believed in me.", "I carry that feeling with me still."]],
        [Move.OwnTheWrong] = [
            ["I am sorry.", "I was wrong, and there is no excuse for it.", "I have thought about it every day since."],
            ["I owe you an apology.", "What I did hurt you, and I regret it deeply.", "I should have known better, and I did not."]],
        [Move.MakeAmends] = [
            ["I would like to make it right.", "Let me take you out for lunch and listen.", "I will go at whatever pace you need."],
            ["I want to make amends, if you will let me.", "Tell me what would help, and I will do it.", "Our friendship is worth the effort."]],
        [Move.Sympathy] = [
            ["I was so very sorry to hear your news.", "I have been thinking of you constantly.", "There are no right words, but I wanted to write."],
            ["My heart goes out to you.", "I cannot imagine how hard these days must be.", "Please know that you are in my thoughts."]],
        [Move.HonourTheirMemory] = [
            ["They were one of a kind.", "I will always remember their warmth and their laugh.", "The world is quieter without them."],
            ["So many people loved them.", "They made everyone around them feel welcome.", "Their kindness will not be forgotten."]],
        [Move.OfferSupport] = [
            ["Please let me help in any way I can.", "I can bring dinner, run errands, or simply sit with you.", "There is no need to reply to this letter."],
            ["I am here whenever you need me.", "Call me at any hour, for anything at all.", "You do not have to go through this alone."]],
        [Move.Congratulate] = [
            ["Congratulations, {name}!", "I was so happy when I heard the news.", "You have earned every bit of it."],
            ["What wonderful news.", "I had to write and tell you how thrilled I am.", "Nobody deserves it more than you."]],
        [Move.Pride] = [
            ["I am so proud of you.", "I know how hard you worked for this.", "You never gave up, even when it was difficult."],
            ["I could not be prouder of you.", "This did not happen by luck.", "It took courage, patience and a great deal of heart."]],
        [Move.LookAhead] = [
            ["I cannot wait to see what comes next for you.", "Let us celebrate together very soon.", "Until then, take good care of yourself."],
            ["The future looks bright from here.", "I hope we can see each other soon.", "There is so much still to look forward to."]],
    };
}
