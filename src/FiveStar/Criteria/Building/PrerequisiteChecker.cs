using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>Checks the stars' prerequisites (<c>requires</c>): each names another star of the document, and none is a cycle.</summary>
internal sealed class PrerequisiteChecker(BuildContext context)
{
    public void Check(List<CategoryDefinition> categories)
    {
        var ids = categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            foreach (var required in category.Requires)
            {
                if (required == category.Id)
                {
                    context.Report(category.Source?.Child("requires"), category.Id, nameof(Messages.Build_RequiresItself), category.Id);
                }
                else if (!ids.Contains(required))
                {
                    context.Report(category.Source?.Child("requires"), category.Id, nameof(Messages.Build_RequiresUnknown), category.Id, required, IdSuggestion.Hint(context.Language, required, ids), IdSuggestion.List(context.Language, ids));
                }
            }
        }

        // A cycle of prerequisites would make every star in it unreachable.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var category in categories)
        {
            if (FindCycle(category.Id, byId, state, []) is { } cycle)
            {
                context.Report(category.Source?.Child("requires"), category.Id, nameof(Messages.Build_RequiresCycle), string.Join(" → ", cycle));
                break;
            }
        }
    }

    private static List<string>? FindCycle(string id, Dictionary<string, CategoryDefinition> byId, Dictionary<string, int> state, List<string> path)
    {
        if (state.TryGetValue(id, out var s))
        {
            return s == 1 ? [.. path[path.IndexOf(id)..], id] : null;
        }

        state[id] = 1;
        path.Add(id);
        foreach (var next in byId.TryGetValue(id, out var c) ? c.Requires : [])
        {
            if (byId.ContainsKey(next) && FindCycle(next, byId, state, path) is { } cycle)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        state[id] = 2;
        return null;
    }
}
