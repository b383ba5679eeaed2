/*
 * Echoes argc, argv and the environment variables whose names start with HOTARM_TEST_ (the rest
 * of the environment depends on the machine), sorted by name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *) a, *(char *const *) b);
}

int main(int argc, char **argv)
{
    printf("argc=%d\n", argc);
    /* argv[0] is the path the program was started by: only its last component is stable */
    const char *slash = strrchr(argv[0], '/');
    printf("argv[0] ends [%s]\n", slash != NULL ? slash + 1 : argv[0]);
    for (int i = 1; i < argc; i++)
        printf("argv[%d]=[%s]\n", i, argv[i]);
    if (argv[argc] != NULL)
        puts("argv is not NULL-terminated");
    /* sorted: the order of the environment is the launcher's business, not the loader's */
    char *found[64];
    int shown = 0;
    for (char **e = environ; *e != NULL && shown < 64; e++)
        if (strncmp(*e, "HOTARM_TEST_", 12) == 0)
            found[shown++] = *e;
    qsort(found, (size_t) shown, sizeof found[0], compare_strings);
    for (int i = 0; i < shown; i++)
        printf("env[%d]=[%s]\n", i, found[i]);
    printf("%d HOTARM_TEST_ variables\n", shown);
    return 0;
}
