using System.Globalization;
using System.Runtime.CompilerServices;

namespace FiveStar.Tests.Support;

/// <summary>
/// Runs the tests under an English UI culture, so messages come in English unless a test asks for a language
/// (<c>CriteriaLoaderOptions.Language</c>); tests of Chinese text say so explicitly.
/// </summary>
internal static class TestCulture
{
    [ModuleInitializer]
    internal static void UseEnglish()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
    }
}
