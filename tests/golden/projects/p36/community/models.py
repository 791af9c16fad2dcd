from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Review(models.Model):
    id = models.BigAutoField(primary_key=True)
    updated_at = models.ImageField(upload_to='images/')
    done = models.TimeField(db_index=True)
    released = models.FloatField()
    address = models.DateTimeField()
    extra = models.DurationField()
    like_albums = models.ManyToManyField('events.Album', related_name='review_like_albums')
    user = models.ForeignKey('users.User', on_delete=models.CASCADE, related_name='review_user_set')
    parent = models.ForeignKey('events.Book', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='review_parent_set')

    class Meta:
        unique_together = ('user', 'address')
        constraints = [
            models.UniqueConstraint(fields=['done', 'extra'], name='review_done_extra_uniq'),
        ]
        indexes = [models.Index(fields=['done', 'parent'])]


class Todo(models.Model):
    thumbnail = models.FloatField(null=True)
    email = models.DateField()
    price = models.DateField(null=True)
    members = models.ManyToManyField(UserModel, related_name='todo_members')

    class Meta:
        ordering = ['-thumbnail']
        unique_together = [['price', 'email']]


class Note(models.Model):
    homepage = models.FileField(upload_to='images/')
    title = models.CharField(max_length=200, unique=True)
    members = models.ManyToManyField(Review, related_name='note_members')
    parent = models.ForeignKey('self', on_delete=models.CASCADE, null=True, blank=True)
    user = models.OneToOneField('users.User', on_delete=models.PROTECT, related_name='note_user_set')
