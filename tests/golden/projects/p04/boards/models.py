from django.db import models


class Album(models.Model):
    weight = models.PositiveIntegerField(default=0)
    published = models.SmallIntegerField(default=0)
    nickname = models.PositiveSmallIntegerField(blank=True)
    uid = models.SlugField(max_length=80, null=True)
    stock = models.IntegerField()
    like_choices = models.ManyToManyField('events.Choice', related_name='album_like_choices')
    parent = models.ForeignKey('posts.Song', on_delete=models.CASCADE, related_name='album_parent_set')

    class Meta:
        ordering = ['-weight']
        unique_together = ('weight', 'uid')

    def __str__(self):
        return self.uid


class Category(models.Model):
    body = models.SlugField(max_length=80, blank=True)
    extra = models.SlugField(max_length=80)
    length = models.FloatField(null=True, blank=True)
    start = models.EmailField(max_length=300, null=True)
    views = models.BooleanField(default=True)
    price = models.DateTimeField()
    owner = models.ForeignKey('posts.Song', on_delete=models.PROTECT, related_name='categorys_0', db_index=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['owner', 'extra'], name='category_owner_extra_uniq'),
        ]
        indexes = [models.Index(fields=['views'])]

    def __str__(self):
        return f'{self.pk}: {self.extra}'
