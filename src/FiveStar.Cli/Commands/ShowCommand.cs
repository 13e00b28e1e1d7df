using System.CommandLine;
using System.Globalization;
using FiveStar.Cli.Output;
using FiveStar.Cli.Resources;
using FiveStar.Criteria;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Cli.Commands;

/// <summary>
/// <c>fivestar show</c>: the effective criteria after <c>extends</c>, each threshold with the file and line that set it; or,
/// with <c>--format json</c>, the merged document in the criteria format (the library's <see cref="CriteriaJsonWriter"/>).
/// </summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("criteria") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_ShowCriteria)) };
        var format = new Option<string>("--format", "-f") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_ShowFormat)), DefaultValueFactory = _ => "text" }.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--out", "-o") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_ShowOut)) };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var command = new Command("show", Localizer.Format(CliText.Language, nameof(Messages.Help_Show)))
        {
            file, format, output, plugins, lang,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(CliApp.Guard(context, () =>
        {
            var language = Language.Parse(result.GetValue(lang)!);
            var path = result.GetValue(file)!;
            RaterLoader.RequireFile(path, "criteria", language);
            var factory = RaterLoader.Factory(result.GetValue(plugins), language: language);
            CriteriaDocument document;
            try
            {
                document = factory.LoadFile(path);
            }
            catch (CriteriaException exception)
            {
                throw RaterLoader.Invalid(exception, language);
            }

            if (result.GetValue(format) == "json")
            {
                if (document.FieldsFromData)
                {
                    throw new CliException(Localizer.Format(language, nameof(Messages.Show_RulesEngineJson), path));
                }

                using var target = OutputTarget.Open(result.GetValue(output), context.Output, language);
                using (var buffer = new MemoryStream())
                {
                    CriteriaJsonWriter.Write(document, buffer);
                    target.Writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }

                target.Commit();
                return ExitCodes.Success;
            }

            Describe(context.Output, document, language);
            return ExitCodes.Success;
        })));
        return command;
    }

    /// <summary>Prints the effective document for a person: what is in force and where each part was written.</summary>
    internal static void Describe(TextWriter output, CriteriaDocument document, Text.Language language)
    {
        string T(string name, params object?[] args) => Localizer.Format(language, name, args);

        output.WriteLine(T(nameof(Messages.Show_Title), document.Name.In(language), document.Id));
        output.WriteLine(T(nameof(Messages.Show_File), document.Source));
        if (document.Extends.Count > 0)
        {
            output.WriteLine(T(nameof(Messages.Show_Extends), string.Join(" → ", document.Extends)));
        }

        output.WriteLine(document.Level.Mode == LevelMode.StarCount
            ? T(nameof(Messages.Show_LevelStarCount))
            : T(nameof(Messages.Show_LevelBands), string.Join(T(nameof(Messages.Show_ListSeparator)), document.Level.Bands.Select(b => T(nameof(Messages.Show_LevelBand), b.Level, Number(b.MinScore))))));
        output.WriteLine(T(document.MissingValues == MissingValuePolicy.Met ? nameof(Messages.Show_MissingMet) : nameof(Messages.Show_MissingNotMet)));
        output.WriteLine();

        output.WriteLine(T(nameof(Messages.Show_Parameters), document.Parameters.Count));
        foreach (var parameter in document.Parameters)
        {
            var unit = parameter.Unit.In(language);
            output.WriteLine($"  {parameter.Id} = {Number(parameter.Value)}{(unit.Length > 0 ? " " + unit : string.Empty)}  {parameter.Name.In(language)}");
            var setAt = parameter.Trail.WhereSet("value");
            var definedAt = parameter.Trail.DefinedAt;
            if (setAt is not null && definedAt is not null && !string.Equals(setAt.File, definedAt.File, StringComparison.Ordinal))
            {
                output.WriteLine("      " + T(nameof(Messages.Show_ValueSetOver), Where(setAt, language), Where(definedAt, language)));
            }
            else if ((setAt ?? definedAt) is { } at)
            {
                output.WriteLine("      " + T(nameof(Messages.Show_ValueSet), Where(at, language)));
            }
        }

        output.WriteLine();
        output.WriteLine(T(nameof(Messages.Show_Categories), document.Categories.Count));
        foreach (var category in document.Categories)
        {
            output.WriteLine($"  {category.Id}  {category.Name.In(language)}");
            var enabled = category.Criteria.Count(c => c.Enabled);
            var award = category.Award.Kind switch
            {
                AwardKind.AtLeast => T(nameof(Messages.Show_AwardAtLeast), category.Award.Count, enabled),
                AwardKind.Points => T(nameof(Messages.Show_AwardPoints), Number(category.Award.Threshold ?? 0), Number(category.Criteria.Where(c => c.Enabled).Sum(c => c.Points ?? 0)))
                    + (category.Award.Required.Count > 0 ? T(nameof(Messages.Show_AwardRequired), string.Join(", ", category.Award.Required)) : string.Empty),
                _ => T(nameof(Messages.Show_AwardAll), enabled),
            };
            output.WriteLine("      " + T(nameof(Messages.Show_Award), award) + Changed(category.Trail.WhereSet("award"), category.Trail, language));
            output.WriteLine("      " + (category.Requires.Count > 0
                ? T(nameof(Messages.Show_Requires), string.Join(", ", category.Requires)) + Changed(category.Trail.WhereSet("requires"), category.Trail, language)
                : T(nameof(Messages.Show_RequiresNone))));
            if (category.Trail.DefinedAt is { } defined)
            {
                output.WriteLine("      " + T(nameof(Messages.Show_DefinedAt), Where(defined, language)));
            }

            foreach (var criterion in category.Criteria)
            {
                WriteCriterion(output, criterion, "      ", language);
            }
        }

        output.WriteLine();
        output.WriteLine(T(nameof(Messages.Show_Vetoes), document.Vetoes.Count));
        foreach (var veto in document.Vetoes)
        {
            output.WriteLine($"  {veto.Id}  {veto.Name.In(language)}");
            var effect = veto.Effect switch
            {
                VetoEffect.CapLevel => T(nameof(Messages.Show_VetoCapLevel), veto.CapLevel),
                VetoEffect.VoidRating => T(nameof(Messages.Show_VetoVoid)),
                _ => T(nameof(Messages.Show_VetoRevoke), veto.Category),
            };
            output.WriteLine("      " + T(nameof(Messages.Show_VetoEffect), effect) + Changed(veto.Trail.WhereSet("capLevel") ?? veto.Trail.WhereSet("effect"), veto.Trail, language));
            output.WriteLine("      " + T(nameof(Messages.Show_VetoWhen), veto.Expression) + Changed(veto.Trail.WhereSet("expression"), veto.Trail, language));
            if (veto.Trail.DefinedAt is { } defined)
            {
                output.WriteLine("      " + T(nameof(Messages.Show_DefinedAt), Where(defined, language)));
            }
        }
    }

    private static void WriteCriterion(TextWriter output, CriterionDefinition criterion, string indent, Text.Language language)
    {
        var flags = (criterion.Enabled ? string.Empty : Localizer.Format(language, nameof(Messages.Show_Disabled)))
            + (criterion.Points is { } points ? Localizer.Format(language, nameof(Messages.Show_Points), Number(points)) : string.Empty);
        var name = criterion.Name.In(language);
        output.WriteLine($"{indent}{criterion.Id}{(name.Length > 0 ? "  " + name : string.Empty)}{flags}");
        if (criterion.Expression is not null)
        {
            output.WriteLine($"{indent}    {criterion.Expression}" + Changed(criterion.Trail.WhereSet("expression"), criterion.Trail, language));
        }
        else if (criterion.Operator is not null)
        {
            output.WriteLine($"{indent}    {criterion.Operator}:" + Changed(criterion.Trail.WhereSet("operator"), criterion.Trail, language));
        }

        if (!criterion.Enabled && criterion.Trail.WhereSet("enabled") is { } disabledAt)
        {
            output.WriteLine($"{indent}    " + Localizer.Format(language, nameof(Messages.Show_DisabledAt), Where(disabledAt, language)));
        }

        foreach (var child in criterion.Rules)
        {
            WriteCriterion(output, child, indent + "    ", language);
        }
    }

    /// <summary>Says where a member was changed, when the change is not in the document that defines the element.</summary>
    private static string Changed(SourceLocation? setAt, SourceTrail trail, Text.Language language) =>
        setAt is not null && trail.DefinedAt is { } defined && !string.Equals(setAt.File, defined.File, StringComparison.Ordinal)
            ? Localizer.Format(language, nameof(Messages.Show_ChangedAt), Where(setAt, language))
            : string.Empty;

    private static string Where(SourceLocation location, Text.Language language) => Localizer.Format(language, location.Kind switch
    {
        SourceKind.Document => nameof(Messages.Show_WhereDocument),
        SourceKind.Shipped => nameof(Messages.Show_WhereShipped),
        SourceKind.Plugin => nameof(Messages.Show_WherePlugin),
        _ => nameof(Messages.Show_WhereExtended),
    }, location.ToString());

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
