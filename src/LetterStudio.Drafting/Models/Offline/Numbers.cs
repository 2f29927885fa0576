namespace LetterStudio.Drafting.Models.Offline;

/// <summary>Numbers as a letter writes them: "eighty", "eightieth".</summary>
internal static class Numbers
{
    private static readonly string[] Ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static string Words(int n)
    {
        if (n < 0 || n > 199) return n.ToString();
        if (n >= 100) return n == 100 ? "a hundred" : "a hundred and " + Words(n - 100);
        if (n < 20) return Ones[n];
        return n % 10 == 0 ? Tens[n / 10] : Tens[n / 10] + "-" + Ones[n % 10];
    }

    public static string Ordinal(int n)
    {
        var words = Words(n);
        var cut = words.LastIndexOfAny([' ', '-']) + 1;
        var last = words[cut..];
        var ordinal = last switch
        {
            "one" => "first", "two" => "second", "three" => "third", "five" => "fifth", "eight" => "eighth", "nine" => "ninth", "twelve" => "twelfth",
            _ when last.EndsWith('y') => last[..^1] + "ieth",
            "hundred" => "hundredth",
            _ => last + "th",
        };
        return words[..cut] + ordinal;
    }

    public static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
