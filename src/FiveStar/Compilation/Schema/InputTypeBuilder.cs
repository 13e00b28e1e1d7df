using System.Reflection;
using System.Reflection.Emit;

namespace FiveStar.Compilation.Schema;

/// <summary>
/// Emits the plain class that stands for a village while expressions are parsed (<c>input1</c>), one read-only property
/// per indicator. It must not derive from System.Linq.Dynamic.Core's <c>DynamicClass</c>: for such types the parser turns an
/// unknown member (<c>input1.CollectiveIncom</c>) into an untyped indexer read instead of reporting it, as it does for the
/// typed inputs RulesEngine users pass. The type is only parsed against, never instantiated; its assembly is collectible.
/// </summary>
internal static class InputTypeBuilder
{
    private static int s_counter;

    public static Type Create(IEnumerable<(string Name, Type Type)> properties)
    {
        var id = Interlocked.Increment(ref s_counter);
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName($"FiveStar.Input{id}"), AssemblyBuilderAccess.RunAndCollect);
        var module = assembly.DefineDynamicModule($"FiveStar.Input{id}");
        var type = module.DefineType($"FiveStar.Input{id}.Village", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
        type.DefineDefaultConstructor(MethodAttributes.Public);
        foreach (var (name, propertyType) in properties)
        {
            var field = type.DefineField("_" + name, propertyType, FieldAttributes.Private);
            var property = type.DefineProperty(name, PropertyAttributes.None, propertyType, null);
            var getter = type.DefineMethod("get_" + name, MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig, propertyType, Type.EmptyTypes);
            var il = getter.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, field);
            il.Emit(OpCodes.Ret);
            property.SetGetMethod(getter);
        }

        return type.CreateType();
    }
}
