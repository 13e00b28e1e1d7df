using System.CommandLine;
using FiveStar.Cli.Analysis;
using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Cli.Commands;

/// <summary>
/// What <c>explain</c> and <c>gap</c> share: the criteria and villages options, the rater, and each rated village (the
/// one asked for, or every one) handed to the command's writer; a village asked for and not found is an error.
/// </summary>
internal static class VillageCommand
{
    public static Command Create(CliContext context, string name, string helpMessage, Option<string?> village, Action<TextWriter, StarRater, VillageRating, Language> write)
    {
        var criteria = CommonOptions.Criteria();
        var villages = CommonOptions.Villages();
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var inputFormat = CommonOptions.InputFormat();
        var sheet = CommonOptions.Sheet();
        var strict = CommonOptions.Strict();
        var command = new Command(name, Localizer.Format(CliText.Language, helpMessage))
        {
            criteria, villages, village, plugins, lang, inputFormat, sheet, strict,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(CliApp.Guard(context, () =>
        {
            var language = Language.Parse(result.GetValue(lang)!);
            var format = CommonOptions.ParseFormat(result.GetValue(inputFormat));
            var rater = RaterLoader.Load(result.GetValue(criteria)!, result.GetValue(villages), result.GetValue(plugins), format, result.GetValue(sheet), result.GetValue(strict), context.Error, Language.Parse(result.GetValue(lang)!), cancellationToken);
            using var reader = RaterLoader.OpenVillages(result.GetValue(villages)!, rater, format, result.GetValue(sheet));
            var found = 0;
            var problems = VillageFinder.ForEach(rater, reader, result.GetValue(village), language, (rating, _, _) =>
            {
                found++;
                write(context.Output, rater, rating, language);
            }, cancellationToken);
            if (found == 0 && result.GetValue(village) is { } wanted)
            {
                throw new CliException(Localizer.Format(language, nameof(Messages.Cli_VillageNotFound), wanted));
            }

            return problems > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
        })));
        return command;
    }
}
