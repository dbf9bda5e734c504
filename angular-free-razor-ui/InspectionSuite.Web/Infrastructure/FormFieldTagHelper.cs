using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace InspectionSuite.Web;

/// <summary>
/// One form field as the case page writes it: a localized label, the input (or textarea/select) bound to the property,
/// and its validation message, in a wrapper that takes the grid classes. Written as
/// <c>&lt;form-field for="Minutes.Title" label="Minutes.Name" class="col-8" input-maxlength="256" /&gt;</c>. The label is a
/// localization key; <c>required</c> marks the field (a visible asterisk, <c>aria-required</c>: the browser does not block
/// the post, the service says what is missing); <c>lang="vi"</c> marks a field that holds Vietnamese data (names, numbers
/// of Vietnamese documents) for a screen reader on an English page; <c>input-*</c> attributes go to the input.
/// The input itself is the framework's (<see cref="InputTagHelper"/> etc.): ids, names, types and values as asp-for gives them.
/// </summary>
[HtmlTargetElement("form-field", Attributes = "for,label", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(IHtmlGenerator generator, InspectionSuiteLocalizer l) : TagHelper
{
    public ModelExpression For { get; set; } = null!;
    /// <summary>The label's localization key.</summary>
    public string Label { get; set; } = "";
    /// <summary>"input" (default), "textarea" or "select".</summary>
    public string As { get; set; } = "input";
    public int Rows { get; set; } = 3;
    public bool Required { get; set; }
    /// <summary>The language of the data typed here, when it is not the page's (e.g. "vi").</summary>
    public string? Lang { get; set; }
    /// <summary>The options of a select.</summary>
    public IEnumerable<SelectListItem>? Items { get; set; }

    [HtmlAttributeName(DictionaryAttributePrefix = "input-")]
    public IDictionary<string, string?> InputAttributes { get; set; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;

        var label = await RenderAsync("label", TagMode.StartTagAndEndTag, new LabelTagHelper(generator) { For = For, ViewContext = ViewContext },
            [new("class", "form-label small")]);
        label.Content.SetContent(l[Label]);
        if (Required) label.PostContent.AppendHtml(" <span class=\"text-danger\" aria-hidden=\"true\">*</span>");

        List<TagHelperAttribute> attributes = [new("class", As == "select" ? "form-select form-select-sm" : "form-control form-control-sm")];
        if (Required) attributes.Add(new("aria-required", "true"));
        if (Lang is not null) attributes.Add(new("lang", Lang));
        attributes.AddRange(InputAttributes.Select(a => new TagHelperAttribute(a.Key, a.Value)));
        var field = As switch
        {
            "textarea" => await RenderAsync("textarea", TagMode.StartTagAndEndTag, new TextAreaTagHelper(generator) { For = For, ViewContext = ViewContext }, [.. attributes, new("rows", Rows)]),
            "select" => await RenderAsync("select", TagMode.StartTagAndEndTag, new SelectTagHelper(generator) { For = For, ViewContext = ViewContext, Items = Items ?? [] }, attributes),
            _ => await RenderAsync("input", TagMode.SelfClosing, new InputTagHelper(generator) { For = For, ViewContext = ViewContext }, attributes),
        };
        var message = await RenderAsync("span", TagMode.StartTagAndEndTag, new ValidationMessageTagHelper(generator) { For = For, ViewContext = ViewContext }, []);

        output.Content.AppendHtml(label).AppendHtml(field).AppendHtml(message);
    }

    /// <summary>Runs one of the framework's tag helpers on an element of our own making.</summary>
    private static async Task<TagHelperOutput> RenderAsync(string tag, TagMode mode, TagHelper helper, IEnumerable<TagHelperAttribute> attributes)
    {
        var list = new TagHelperAttributeList(attributes);
        var context = new TagHelperContext(tag, new TagHelperAttributeList(list), new Dictionary<object, object>(), Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(tag, list, (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent())) { TagMode = mode };
        helper.Init(context);
        await helper.ProcessAsync(context, output);
        return output;
    }
}
