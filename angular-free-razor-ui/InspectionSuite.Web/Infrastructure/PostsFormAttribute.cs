namespace InspectionSuite.Web;

/// <summary>
/// The form a handler posts, when it is not named like the handler (OnPostConfirmFinding posts the form "Confirm"):
/// field errors go under this prefix ("Confirm.Description") and the page opens this form again.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostsFormAttribute(string form) : Attribute
{
    public string Form { get; } = form;
}
