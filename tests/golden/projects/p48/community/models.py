from django.db import models


class Todo(models.Model):
    id = models.AutoField(primary_key=True)
    published = models.BooleanField(default=False)
    created_at = models.SlugField()
    done = models.PositiveSmallIntegerField('done', null=True)
    email = models.DateField(auto_now_add=True, null=True, blank=True)
    owner = models.ForeignKey('accounts.User', on_delete=models.CASCADE, related_name='todo_owner_set')
    related = models.ManyToManyField('self', symmetrical=False, related_name='related_of', blank=True)

    class Meta:
        ordering = ['-done']
        verbose_name = 'todo item'
        unique_together = ('owner', 'email')
        indexes = [models.Index(fields=['done'])]

    def __str__(self):
        return self.created_at


class Review(models.Model):
    id = models.BigAutoField(primary_key=True)
    homepage = models.ImageField(upload_to='files/')
    body = models.JSONField()
    profile_ref = models.ForeignKey('movies.Profile', on_delete=models.CASCADE, related_name='reviews_0')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    todos = models.ManyToManyField(Todo, related_name='review_todos')

    class Meta:
        db_table = 'community_reviews'
