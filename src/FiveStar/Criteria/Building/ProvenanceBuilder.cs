using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>Builds where a threshold, criterion, veto or prerequisite comes from (<c>provenance</c>).</summary>
internal static class ProvenanceBuilder
{
    public static Provenance? Build(BuildContext context, ProvenanceDto? dto, SourceRef source, string? id)
    {
        if (dto is null)
        {
            return null;
        }

        var status = Keywords.ProvenanceStatuses.Parse(dto.Status, source, id, context);
        if (status == ProvenanceStatus.Sourced && string.IsNullOrWhiteSpace(dto.Reference))
        {
            context.Report(source, id, nameof(Messages.Build_SourcedNeedsReference));
        }

        return new Provenance(status, dto.Reference, dto.Note);
    }
}
