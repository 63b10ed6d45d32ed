package dev.nerve.task;

import dev.nerve.event.HandlerModel;
import dev.nerve.event.StateType;
import dev.nerve.state.ImmutableStateException;
import dev.nerve.state.State;

import java.lang.StackWalker.StackFrame;
import java.util.List;

/**
 * Detects a background handler called as a plain Java method (R-BG-5). Java offers no hook on a
 * method call, so the check looks at the stack when such code does something only a task may do
 * (open a lock block) or writes from a normal handler: between here and the framework's own call
 * of the running handler, a background handler frame is allowed only as the task's entry point.
 */
final class DirectCalls {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private DirectCalls() { }

    /** Throws {@link ImmutableStateException} if this thread runs a background handler it was not started for. */
    static void check(TokenSession token, boolean onTaskThread) {
        List<StackFrame> frames = WALKER.walk(stack -> stack.takeWhile(f -> !isFrameworkCall(f)).toList());
        int allowed = onTaskThread ? 1 : 0;
        int seen = 0;
        for (int i = frames.size() - 1; i >= 0; i--) {
            StackFrame frame = frames.get(i);
            if (!isBackgroundHandler(token, frame)) continue;
            if (i + 1 < frames.size() && isSuperCall(frames.get(i + 1), frame)) continue; // the same handler, overridden
            if (++seen > allowed) throw calledDirectly(frame, callerOf(frames, i));
        }
    }

    /** True if {@code callee} is the overridden method that {@code caller} calls as {@code super.name(...)}. */
    private static boolean isSuperCall(StackFrame caller, StackFrame callee) {
        return caller.getMethodName().equals(callee.getMethodName())
                && caller.getMethodType().equals(callee.getMethodType())
                && caller.getDeclaringClass() != callee.getDeclaringClass()
                && callee.getDeclaringClass().isAssignableFrom(caller.getDeclaringClass());
    }

    private static boolean isFrameworkCall(StackFrame frame) {
        return frame.getDeclaringClass() == HandlerModel.class && frame.getMethodName().equals("invoke");
    }

    private static boolean isBackgroundHandler(TokenSession token, StackFrame frame) {
        if (!State.class.isAssignableFrom(frame.getDeclaringClass())) return false;
        for (LoadedState loaded : token.loadedStates()) {
            StateType type = loaded.type();
            if (type.isBackgroundHandler(frame.getDeclaringClass(), frame.getMethodName(), frame.getMethodType())) return true;
        }
        return false;
    }

    private static String callerOf(List<StackFrame> frames, int index) {
        for (int i = index + 1; i < frames.size(); i++) {
            StackFrame frame = frames.get(i);
            if (State.class.isAssignableFrom(frame.getDeclaringClass())) return name(frame);
        }
        return "Java code";
    }

    private static ImmutableStateException calledDirectly(StackFrame frame, String caller) {
        String name = name(frame);
        String ref = frame.getDeclaringClass().getSimpleName() + "::" + frame.getMethodName();
        return new ImmutableStateException(name + " is a background handler and was called directly from " + caller
                + ". Start it with an event instead: return EventSpec.of(" + ref + ") from the handler, or call emit(EventSpec.of(" + ref + ")).");
    }

    private static String name(StackFrame frame) {
        return frame.getDeclaringClass().getSimpleName() + "." + frame.getMethodName();
    }
}
