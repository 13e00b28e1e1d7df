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

    /// <summary>Runs <paramref name="action"/> under a UI culture, then puts the thread's back.</summary>
    /// <typeparam name="T">What the action returns.</typeparam>
    /// <param name="culture">The culture's name, e.g. <c>zh-CN</c>.</param>
    /// <param name="action">What to run.</param>
    /// <returns>What the action returned.</returns>
    internal static T InUiCulture<T>(string culture, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
