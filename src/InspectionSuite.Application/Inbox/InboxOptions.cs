namespace InspectionSuite.Inbox;

/// <summary>How the inbox page reads its rows and counts (each way gives the same page; InboxFastPathPropertyTests).</summary>
public sealed class InboxOptions
{
    /// <summary>
    /// The unfiltered inbox in due order takes its page from the runtime's inbox (<see cref="RuntimeInboxPage"/>:
    /// an index walk in due order that stops when the page is full) instead of sorting every open task of the caller.
    /// </summary>
    public bool UnfilteredPagesFromRuntimeInbox { get; set; } = true;

    /// <summary>The facet counts come from <see cref="InboxFacetCache"/> (off: counted at every request).</summary>
    public bool CacheFacets { get; set; } = true;

    /// <summary>
    /// How many units, those with most tasks, the unit facet lists (the chosen one besides); the others are found by name or
    /// code (<see cref="IInboxAppService.FindUnitsAsync"/>). The load persona has tasks in ~1,100 units: listed whole they
    /// made the page 160 KB.
    /// </summary>
    public int TopUnits { get; set; } = 15;
}
