namespace LetterStudio.Handwriting.Composition;

/// <summary>
/// SplitMix64: a tiny seeded generator whose sequence is fixed by this code, not by the runtime,
/// so a seed gives the same hand on every machine and .NET version (System.Random promises neither).
/// </summary>
internal struct HandRandom(long seed)
{
    private ulong _state = (ulong)seed ^ 0x9E3779B97F4A7C15UL;

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public float NextUnit() => (NextUInt64() >> 40) * (1f / (1 << 24));

    /// <summary>Uniform in [-1, 1).</summary>
    public float NextSigned() => NextUnit() * 2f - 1f;

    /// <summary>Uniform in [0, count).</summary>
    public int NextInt(int count) => (int)((NextUInt64() >> 33) % (ulong)count);
}
