/*
 * File system calls in a scratch directory given as argv[1]: mkdir, create, write, lseek,
 * read, pread, fstat/stat, rename, readdir (names sorted, since the order is the file system's),
 * unlink, rmdir, plus open failures and their errno. Output names paths only relative to the
 * scratch directory, so it does not depend on where that is.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *) a, *(char *const *) b);
}

static void list(const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL) {
        printf("opendir failed: %s\n", strerror(errno));
        return;
    }
    char *names[64];
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && count < 64) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        names[count++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t) count, sizeof names[0], compare_names);
    printf("listing:");
    for (int i = 0; i < count; i++) {
        printf(" %s", names[i]);
        free(names[i]);
    }
    printf(" (%d)\n", count);
}

static void show_stat(const char *label, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        printf("stat %s: %s\n", label, strerror(errno));
        return;
    }
    /* a directory's size and link count depend on the file system: not printed */
    if (S_ISREG(st.st_mode))
        printf("stat %s: regular, size %lld, mode %03o, nlink %u\n", label,
               (long long) st.st_size, (unsigned) (st.st_mode & 0777), (unsigned) st.st_nlink);
    else
        printf("stat %s: %s, mode %03o\n", label, S_ISDIR(st.st_mode) ? "directory" : "other",
               (unsigned) (st.st_mode & 0777));
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: fileio SCRATCH_DIR\n");
        return 2;
    }
    umask(022);
    char dir[4096], path[4200], other[4200];
    snprintf(dir, sizeof dir, "%s/fileio.d", argv[1]);
    if (mkdir(dir, 0755) != 0) {
        printf("mkdir failed: %s\n", strerror(errno));
        return 1;
    }
    printf("mkdir ok\n");
    show_stat("dir", dir);

    snprintf(path, sizeof path, "%s/data.bin", dir);
    int fd = open(path, O_CREAT | O_EXCL | O_RDWR, 0644);
    printf("open new: %s\n", fd >= 0 ? "ok" : strerror(errno));
    char block[5000];
    for (size_t i = 0; i < sizeof block; i++)
        block[i] = (char) ('a' + i % 26);
    ssize_t w = write(fd, block, sizeof block);
    printf("write %zd\n", w);
    off_t end = lseek(fd, 0, SEEK_CUR);
    off_t pos = lseek(fd, 100, SEEK_SET);
    char small[32] = {0};
    ssize_t r = read(fd, small, 10);
    printf("lseek end %lld, set %lld, read %zd [%s]\n", (long long) end, (long long) pos, r,
           small);
    memset(small, 0, sizeof small);
    r = pread(fd, small, 8, 4995);
    printf("pread at 4995: %zd [%s]\n", r, small);
    struct stat st;
    fstat(fd, &st);
    printf("fstat size %lld blocks>0 %d\n", (long long) st.st_size, st.st_blocks > 0);
    printf("close %d\n", close(fd));

    fd = open(path, O_CREAT | O_EXCL | O_RDWR, 0644);
    printf("open existing with O_EXCL: %s\n", fd >= 0 ? "ok?" : strerror(errno));
    fd = open("/nonexistent-hotarm-test/x", O_RDONLY);
    printf("open missing: %s\n", fd >= 0 ? "ok?" : strerror(errno));

    FILE *f = fopen(path, "a");
    fprintf(f, "\nappended line %d\n", 7);
    fclose(f);
    show_stat("data.bin", path);
    f = fopen(path, "r");
    fseek(f, -16, SEEK_END);
    char tail[32] = {0};
    size_t got = fread(tail, 1, sizeof tail - 1, f);
    fclose(f);
    printf("tail %zu [%.*s]\n", got, (int) strcspn(tail, "\n"), tail);

    for (int i = 0; i < 5; i++) {
        snprintf(other, sizeof other, "%s/file-%d.txt", dir, i);
        f = fopen(other, "w");
        for (int k = 0; k <= i; k++)
            fprintf(f, "line %d of %d\n", k, i);
        fclose(f);
    }
    list(dir);
    snprintf(other, sizeof other, "%s/renamed.bin", dir);
    printf("rename %d\n", rename(path, other));
    show_stat("data.bin", path);
    show_stat("renamed.bin", other);
    chmod(other, 0600);
    show_stat("renamed.bin after chmod", other);
    list(dir);

    printf("rmdir non-empty: %s\n", rmdir(dir) == 0 ? "ok?" : strerror(errno));
    printf("unlink renamed %d\n", unlink(other));
    for (int i = 0; i < 5; i++) {
        snprintf(other, sizeof other, "%s/file-%d.txt", dir, i);
        unlink(other);
    }
    list(dir);
    printf("rmdir %d\n", rmdir(dir));
    show_stat("dir", dir);
    return 0;
}
