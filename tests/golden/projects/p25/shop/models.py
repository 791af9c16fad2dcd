from django.db import models


class Event(models.Model):
    slug = models.IntegerField(default=0, blank=True)
    address = models.ImageField(upload_to='images/')
    body = models.SlugField(null=True, blank=True, unique=True)
    nickname = models.IntegerField(default=0, blank=True)
    homepage = models.BigIntegerField(null=True)
    parent = models.ForeignKey('posts.Post', on_delete=models.DO_NOTHING, related_name='events_0')
    friends = models.ManyToManyField('self')

    class Meta:
        ordering = ['-homepage']

    def __str__(self):
        return f'{self.pk}: {self.body}'
