using System.Text;

namespace FiveStar.Tests.Fuzzing;

/// <summary>
/// Breaks a file the ways real files and attackers break them: flipped bytes, cuts, truncation, duplicated fragments,
/// deep nesting and long runs of one token.
/// </summary>
internal static class ByteMutator
{
    /// <summary>Applies <paramref name="count"/> random mutations to a copy of <paramref name="source"/>.</summary>
    public static byte[] Mutate(byte[] source, Random random, int count)
    {
        var bytes = new List<byte>(source);
        for (var i = 0; i < count && bytes.Count > 0; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64)));
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3:
                    var length = Math.Min(bytes.Count - at, random.Next(1, 200));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4:
                    var depth = random.Next(10, 3000);
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)));
                    break;
                default:
                    var token = random.Next(3) switch { 0 => "(", 1 => "!", _ => "\"" };
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(token, random.Next(10, 5000)))));
                    break;
            }
        }

        return [.. bytes];
    }
}
